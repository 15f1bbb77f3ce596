"""(being written)"""


def extract_dnr(ctx):
    return []
