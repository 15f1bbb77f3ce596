"""(being written)"""


def extract_parties(ctx):
    return []
