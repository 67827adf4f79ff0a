"""English: a 24-hour clock with a colon, 19:30 and 9:00, and the day before the month.

The same clock as the Dutch pages (no a.m./p.m.), in the English way of writing it;
dates stay as the templates write them ("Friday 12 March 2027").
"""

TIME_FORMAT = "G:i"
DATETIME_FORMAT = "j F Y, G:i"
SHORT_DATETIME_FORMAT = "j/n/Y G:i"
