"""Headless Chromium (Debian's chromium and chromium-driver) driven by selenium.

Selenium is pointed at the system browser and driver, so nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from tests.support.tools import require_executable


def _browser_binary() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return require_executable("chromium", "chromium")


@contextmanager
def headless_chromium(width: int = 1280, height: int = 1600) -> Iterator[webdriver.Chrome]:
    """A headless Chromium whose console messages can be read with ``get_log("browser")``."""
    driver_path = require_executable("chromedriver", "chromium-driver")
    opts = webdriver.ChromeOptions()
    opts.binary_location = _browser_binary()
    for arg in (
        "--headless=new",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--window-size={width},{height}",
        "--no-first-run",
        "--disable-extensions",
    ):
        opts.add_argument(arg)  # fmt: skip
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        opts.add_argument("--no-sandbox")  # Chromium refuses to run as root with the sandbox
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(driver_path), options=opts)
    except Exception as exc:  # a broken browser install is a failure, with the reason
        pytest.fail(f"cannot start headless Chromium: {exc}")
    try:
        yield driver
    finally:
        driver.quit()
