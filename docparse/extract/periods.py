"""(being written)"""


def extract_periods(ctx):
    return []
