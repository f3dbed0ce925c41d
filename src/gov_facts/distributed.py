"""Where ``run_dask`` and ``is_error`` lived before the package was laid out by stages.

Kept so that code written against gov-facts 0.1 (``from gov_facts.distributed import
run_dask, is_error``) still runs; new code imports ``is_error`` and ``extract_record``
from ``gov_facts`` and ``run_dask`` from :mod:`gov_facts.run.dask_run`.
"""

from .run.dask_run import DaskError, run_dask
from .run.pipeline import extract_record, is_error

__all__ = ["DaskError", "extract_record", "is_error", "run_dask"]
