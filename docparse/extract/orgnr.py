"""(being written)"""


def extract_org_numbers(ctx):
    return []
