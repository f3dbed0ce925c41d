"""The output contract's name and the package version: read by the records, the outputs and the CLI.

Kept apart from the package ``__init__`` so that any stage can import them without
importing the package's public face (and through it, the whole pipeline).
"""

__version__ = "0.1.0"
#: the name of the record schema; fields are only ever added under it (README, "Output schema")
SCHEMA = "gov-facts/1"
