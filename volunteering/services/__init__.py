"""The business operations of the vacaturebank; each public function owns its transaction."""
