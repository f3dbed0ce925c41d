"""The run stage: the pipeline of one page (``pipeline``), and runs over many pages: worker
processes (``pool``, ``batch``), one run session with its sinks (``session``), and Dask
(``dask_work``, ``dask_run``)."""
