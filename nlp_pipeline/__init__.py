"""nlp_pipeline: Chinese government bulletins (简报, 工作动态, 政务信息) -> structured JSON.

>>> from nlp_pipeline import extract_document
>>> doc = extract_document("市公安局召开推进会\\n10月22日上午，市公安局召开推进会。".encode(), "a.txt")
>>> doc["articles"][0]["title"]
'市公安局召开推进会'
"""

__version__ = "0.1.0"

from .pipeline import extract_document  # noqa: E402

__all__ = ["extract_document", "__version__"]
