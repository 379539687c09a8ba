"""Users' charts: charts written the ordinary ways, finalised and checked as a reader sees them.

Not the cookbook: these are what a new user writes with matplotlib, pandas, seaborn
and plotnine, copying nothing. :mod:`.registry` holds the register every chart module
adds itself to; ``tests/test_users.py`` finalises each one and asserts the house style
holds.
"""
