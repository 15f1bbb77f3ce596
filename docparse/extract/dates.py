"""(being written)"""


def extract_dates(ctx):
    return []
