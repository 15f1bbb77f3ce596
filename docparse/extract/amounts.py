"""(being written)"""


def extract_amounts(ctx):
    return []
