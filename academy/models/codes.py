"""Short codes people read aloud or type: Crockford's base 32 (no I, L, O or U)."""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Letters people type for the digits they resemble.
LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def random_code(length):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalise(typed):
    """What someone typed (any case, spaces or dashes, O for 0) as stored, or ''."""
    cleaned = "".join(ch for ch in (typed or "").upper() if ch.isalnum()).translate(LOOK_ALIKES)
    return cleaned if all(ch in ALPHABET for ch in cleaned) else ""


def grouped(code, size=4):
    """'K7M2Q9XD' → 'K7M2-Q9XD': easier to read aloud and to copy."""
    return "-".join(code[i : i + size] for i in range(0, len(code), size))


# A check-in code only identifies a registration to staff who are logged in: 8 characters
# (40 bits) are plenty and short enough to type. A certificate code is public proof:
# 20 characters (100 bits) cannot be guessed.
CHECKIN_CODE_LENGTH = 8
CERTIFICATE_CODE_LENGTH = 20


def new_checkin_code():
    return random_code(CHECKIN_CODE_LENGTH)


def new_certificate_code():
    return random_code(CERTIFICATE_CODE_LENGTH)


def could_be_secret(value, max_length):
    """Whether a token or id from a link is worth looking up. A NUL byte (%00) is never in
    one, and PostgreSQL refuses to even compare it: looking it up would be a 500."""
    return bool(value) and len(value) <= max_length and "\x00" not in value
