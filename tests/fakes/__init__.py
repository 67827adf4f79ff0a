"""Local stand-ins for outside services, so no test reaches the internet."""
