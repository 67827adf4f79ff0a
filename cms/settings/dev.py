"""Settings for `make demo` and local development: no secrets needed."""

from .base import *  # noqa: F403
from .base import SECRET_KEY as _SECRET_KEY
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
# A fixed key is fine on a laptop; production refuses to start without its own.
SECRET_KEY = _SECRET_KEY or "dev-only-not-secret-vmca-8f3b2c1d"  # noqa: S105
ALLOWED_HOSTS = ["*"]
