"""The hook through which an event takes registrations (provided by the academy).

An event page that needs sign-ups (a werkcafé with 60 places) gets them from the
one registration engine of the academy, which links an edition to the page and
registers a provider here when it starts. Events never import the academy.
A provider is called with (page, request) and returns None, or an object with a
`template_name` and whatever that template needs.
"""

_providers = []


def register_registration_provider(provider):
    if provider not in _providers:
        _providers.append(provider)


def registration_for(page, request):
    for provider in _providers:
        registration = provider(page, request)
        if registration is not None:
            return registration
    return None
