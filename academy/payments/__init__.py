"""Payment providers: Stripe Checkout, and a local test mode for the demo and for
machines without Stripe keys. What a payment means for a registration is decided in
academy.services.payments; this package only talks to the provider."""
