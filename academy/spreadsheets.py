"""Safe cells for the CSV and XLSX files staff open in Excel or LibreOffice."""

# A cell that starts with one of these is a formula in Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(value):
    """People type their own answers: never let a CSV cell run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
