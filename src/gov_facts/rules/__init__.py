"""Rules as data: the ``patterns/`` files, their schema, loading, validation and compiled forms.

Every stage reads its word lists and patterns through :class:`~gov_facts.rules.patterns.Patterns`;
no stage keeps a word list of its own in code.
"""
