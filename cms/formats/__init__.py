"""The project's date and time formats (FORMAT_MODULE_PATH), on top of Django's own.

Only the formats for showing a time change; everything not named here (dates, the input
formats the admin's widgets parse) stays Django's. A format module per language:
nl/formats.py writes 19.30 (Dutch style: the sentence adds "uur"), en/formats.py 19:30.
"""
