"""Allow ``python -m docparse``."""

from docparse.cli import main

main()
