"""The Cellar client: HTTP transport, the SPARQL and notice paths, and their parsers.

:mod:`~eurefs.cellar.http` talks to the endpoints politely (timeouts, backoff,
``Retry-After``, bounded concurrency); :mod:`~eurefs.cellar.sparql` and
:mod:`~eurefs.cellar.sparql_ids` build the queries from checked identifiers;
:mod:`~eurefs.cellar.notices` and :mod:`~eurefs.cellar.workfacts` read answers into
:class:`~eurefs.models.Document`; :mod:`~eurefs.cellar.cdm` is the table of Cellar facts.
"""
