"""(being written)"""


def extract_people(ctx):
    return []
