"""Wheel build hook: compiles the translations (app/i18n/*.ts) into the .qm files Qt loads.

The compiler is the app's own (app/translations.py, plain Python), so building needs nothing
from Qt."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        sys.path.insert(0, str(root))
        from app.translations import compile_all

        self._out = tempfile.TemporaryDirectory(prefix="viparita-qm-")
        for qm in compile_all(root / "app" / "i18n", Path(self._out.name)):
            # A source-tree path: the wheel's sources mapping (pyproject.toml) makes it viparita/.
            build_data["force_include"][str(qm)] = f"app/i18n/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        self._out.cleanup()
