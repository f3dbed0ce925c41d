"""The fact stage: article text -> facts, each with value, unit, subject, time, status and place.

``scan`` finds the figures (``numerals`` reads a number, ``units`` its unit, ``tables``
the figures of table cells); ``subject``, ``timing``, ``status`` and ``qualifier``
each decide one attribute; ``checks`` compares stated rates with their counts;
``engine`` puts them together. ``context`` holds one document's text as the
engine sees it; ``rulebook`` the patterns compiled for it.
"""
