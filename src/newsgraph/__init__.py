"""newsgraph: who is quoted saying what, on whose authority; claims, events and persuasion
techniques in news, every finding pointing at the exact text it came from."""

__version__ = "0.1.0"

from .analyze import analyze, analyze_many, bare_analyze  # noqa: E402
from .options import Options  # noqa: E402
from .types import Analysis  # noqa: E402

__all__ = ["Analysis", "Options", "__version__", "analyze", "analyze_many", "bare_analyze"]
