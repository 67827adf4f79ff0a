"""Business rules of the academy. Each public function owns its transaction and locks."""
