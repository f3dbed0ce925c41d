"""``python -m gov_facts`` runs the command-line tool."""

from .cli.app import main

if __name__ == "__main__":
    main()
