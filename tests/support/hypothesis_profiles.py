"""The hypothesis profiles of the suite: a deterministic one by default, a long one to hunt.

* ``ci`` (the default): every property test draws the same examples at every run
  (``derandomize``: the seed is a hash of the test function), so a run goes red only when
  the code or the test changed, never on a lucky draw; no example database, so a local
  ``.hypothesis/`` directory cannot change what runs; no timing checks (``deadline``,
  ``too_slow``), which on a loaded machine fail at random; and a failure prints the blob
  that replays it (``@reproduce_failure``).
* ``hunt`` (``EUREFS_HYPOTHESIS=hunt``): random draws (``--hypothesis-seed=N`` picks the
  seed), failures kept in ``.hypothesis/`` and replayed first, and every test's examples
  times ``EUREFS_HYPOTHESIS_SCALE`` (default 50).

A test asks for its number of examples through :func:`examples`, so that the hunt can
scale it: an explicit ``max_examples`` in ``@settings`` overrides any profile's.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: The environment variable that chooses the profile, and the one that scales the hunt.
PROFILE_VARIABLE = "EUREFS_HYPOTHESIS"
SCALE_VARIABLE = "EUREFS_HYPOTHESIS_SCALE"

#: Hypothesis's own default number of examples, for a test that names none.
_DEFAULT_EXAMPLES = 100


def _scale() -> int:
    return int(os.environ.get(SCALE_VARIABLE, "50"))


_QUIET_TIMING = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}

settings.register_profile("ci", derandomize=True, database=None, print_blob=True, **_QUIET_TIMING)
settings.register_profile(
    "hunt",
    derandomize=False,
    print_blob=True,
    max_examples=_DEFAULT_EXAMPLES * _scale(),
    **_QUIET_TIMING,
)


def profile_name() -> str:
    """The profile the environment asks for: ``ci`` unless ``EUREFS_HYPOTHESIS`` says."""
    name = os.environ.get(PROFILE_VARIABLE, "ci")
    if name not in ("ci", "hunt"):
        raise ValueError(f"{PROFILE_VARIABLE}={name!r}: expected 'ci' or 'hunt'")
    return name


def load() -> None:
    """Load the profile the environment asks for (``tests/conftest.py`` does, first)."""
    settings.load_profile(profile_name())


def examples(count: int) -> int:
    """``max_examples`` for a test that draws ``count`` examples in CI: ``count`` times
    ``EUREFS_HYPOTHESIS_SCALE`` (default 50) under the hunt profile."""
    if profile_name() != "hunt":
        return count
    return count * _scale()
