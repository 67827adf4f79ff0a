"""Dutch: 19.30 and 9.00, as in "19.30 uur" (Django's nl writes 19:30).

TIME_FORMAT has no "uur": the sentences around a time say it ("%(time)s uur"), in the
Dutch text only. The input formats stay Django's, which read 19.30 as well as 19:30.
"""

TIME_FORMAT = "G.i"
DATETIME_FORMAT = r"j F Y, G.i \u\u\r"
SHORT_DATETIME_FORMAT = "j-n-Y G.i"
