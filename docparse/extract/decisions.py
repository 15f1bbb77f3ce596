"""(being written)"""


def extract_decision_points(ctx):
    return []
