"""The output model (pydantic) and the JSON Schema shipped with the package.

This is ``../shared/OUTPUT_CONTRACT.md`` as code: every key there is here with the same meaning;
fields added beyond the contract are marked "extension". ``nlp-pipeline schema`` prints
:func:`json_schema`; the tests validate every output against it.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .output import SCHEMA_VERSION


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    start: int = Field(description="Offset into `text` (inclusive).")
    end: int = Field(description="Offset into `text` (exclusive).")


class Source(_Model):
    path: str = Field(description="The input path as given (or `-` for stdin).")
    sha256: str = Field(description="SHA-256 of the input bytes.")
    format: Literal["text", "pdf", "docx"]
    encoding: str | None = Field(description="Detected encoding of a text file (utf-8, utf-8-sig, gb18030, …); "
                                             "null for PDF and .docx.")
    pages: int | None = Field(description="Page count of a PDF; null otherwise.")
    size: int = Field(description="Input size in bytes (extension).")
    repairs: list[str] = Field(default_factory=list,
                               description="Extraction artifacts that were undone, e.g. 'dropped 2 page-number "
                                           "line(s)' (extension).")


class Paragraph(_Model):
    start: int
    end: int
    page: int = Field(description="Page the paragraph starts on (1 for text files without form feeds).")


class StaffEntry(_Model):
    role: str = Field(description="编辑, 审核, 签发, 主编, … as written.")
    name: str


class Tail(_Model):
    """The report tail (版记): distribution lines and print run (extension)."""

    submitted_to: list[str] = Field(description="报/报送/呈报 recipients, split at ，；")
    copied_to: list[str] = Field(description="抄送/抄报 recipients.")
    sent_to: list[str] = Field(description="送/发/发送/分送/印发 recipients, all such lines merged.")
    copies: int | None = Field(description="共印N份 → N.")
    printed_by: str | None = Field(description="The office of an `XX办公室 2025年6月18日印发` line.")
    printed_on: str | None = Field(description="Its date, ISO.")
    staff: list[StaffEntry]
    start: int
    end: int


class Bulletin(_Model):
    title: str | None = Field(description="Masthead title without layout spaces: 精神文明建设工作简报.")
    edition: str | None = Field(description="Edition or special issue: 创建全国文明城市专刊.")
    issue: str | None = Field(description="Issue as written, without the 总第 part: 第3期, 2025年第4期.")
    issue_number: int | None = Field(description="The issue number (第五期 → 5).")
    issue_total: int | None = Field(description="总第N期 → N (extension).")
    doc_number: str | None = Field(description="发文字号 of a 公文-style masthead: 国办发〔2012〕21号 (extension).")
    issuers: list[str] = Field(description="Issuing offices, without a trailing 编/编印/主办; [] without masthead.")
    date: str | None = Field(description="Masthead date, ISO YYYY-MM-DD.")
    toc: list[str] = Field(description="Article titles listed in the 目录 block; [] when there is none.")
    staff: list[StaffEntry] = Field(description="签发/主编/编辑 lines of the masthead (extension).")
    tail: Tail | None = Field(description="The report tail when present (extension).")
    start: int | None = Field(description="Span of the masthead (and contents) in `text` (extension).")
    end: int | None


class DateItem(_Model):
    text: str = Field(description="The expression exactly as it stands in `text`.")
    value: str = Field(description="ISO 8601: YYYY-MM-DD, START/END span, ../END deadline or START/.. open start.")
    start: int
    end: int
    part_of_day: Literal["early_morning", "morning", "noon", "afternoon", "evening", "night"] | None = None


class Official(_Model):
    name: str
    titles: list[str] = Field(description="Union over all mentions, as written; chained titles split at 、 and 兼.")
    mentions: list[Mention]


class TitleMention(_Model):
    """A post, title or occupation written in the text, bound to a person or not (extension)."""

    text: str = Field(description="The title word as written, without a unit before it (市公安局局长 → 局长; "
                                  "the official's `titles` keep the unit); a lexicon word holding its body "
                                  "stays whole (党委书记, 村委会主任). `text == document.text[start:end]`.")
    start: int
    end: int
    official: str | None = Field(description="Name of the official the officials extractor bound this title "
                                              "to (副市长、公安局局长宋文元, 王洪斌局长), else null.")


class Unit(_Model):
    name: str
    mentions: list[Mention]
    refers_to: str | None = Field(default=None, description="For a short form, the fuller unit of the document it "
                                                            "stands for (公安局 → 市公安局, 市局 → 市国税局); "
                                                            "absent when none is sure (extension).")


class ListItem(_Model):
    marker: str = Field(description="一是, 一要, 第一, （一）, 一、, 1., 1、, （1）, ①, 首先 … as written (a comma after "
                                    "第一/首先 is not part of it).")
    text: str = Field(description="From right after the marker to the end of the item, across paragraph and page "
                                  "breaks: up to the next marker of its list; the last item up to where the "
                                  "enumeration ends. `text == document.text[start:end]`.")
    start: int
    end: int
    children: list[ListItem] = Field(default_factory=list, description=(
        "Nesting (extension): the items of a list written inside this item (（一） with 1. 2. inside), each "
        "again with its own `children`. That inner list is also reported on its own in `requirement_lists`, "
        "with `nested: true`, right after the list that holds it."))


class RequirementList(_Model):
    speaker: str | None = Field(description="Full name of the official who stated the list (X强调/要求/指出/提出, "
                                            "also through 他/她); null when the text does not say or a body "
                                            "(会议, 通知) states it. A nested list has its outer list's speaker.")
    declared_count: int | None = Field(description="The count the text announces (提出五点要求 → 5, 三个方面 → 3); "
                                                   "null for 以下几点 and when none is announced. A mismatch with "
                                                   "the items found is a `declared_count_mismatch` warning.")
    start: int = Field(description="Start of the first marker.")
    end: int = Field(description="End of the last item.")
    nested: bool = Field(default=False, description="True for a list inside an item of another list (extension); "
                                                    "its items are that item's `children`.")
    items: list[ListItem]


class Meeting(_Model):
    """A meeting the article reports (held in it, not only cited like 贯彻…会议精神)."""

    name: str = Field(description="As written, the shortest complete mention: 城乡环境综合整治推进会.")
    kind: str = Field(description="The head word the name ends with (corpora/lexicons/meeting_kinds.txt): 推进会, "
                                  "座谈会, 专题会议, 常务会议, 工作会议, 调度会, 表彰大会 …")
    date: str | None = Field(description="ISO value of the date of the sentence where it is held (a day or a span).")
    host: str | None = Field(description="Full name of who 主持 it.")
    speakers: list[str] = Field(description="Full names of those who spoke (讲话/强调/要求/指出/通报 …), in order.")
    attendees: list[str] = Field(description="Persons and units said to 出席/参加/列席, as written; generic groups "
                                             "(各部门负责同志) left out.")
    place: str | None = Field(description="Where it was held (在X召开), as written.")
    start: int = Field(description="Span of its first mention (the article title when it names it) (extension).")
    end: int


class Warning_(_Model):
    code: str = Field(description="declared_count_mismatch: a list's announced count differs from its items; …")
    message: str
    start: int | None = None
    end: int | None = None


class Token(_Model):
    text: str
    start: int
    end: int
    pos: str = Field(description="jieba tag set; our dictionary's units are `nt`, titles `nnt`.")


class Keyword(_Model):
    term: str
    score: float


class ArticleRef(_Model):
    sha256: str = Field(description="`source.sha256` of the document holding the article.")
    article_index: int = Field(description="Index of the article in that document's `articles`.")


class Article(_Model):
    column: str | None = Field(description="The column heading it stands under (〔创建动态〕 → 创建动态).")
    title: str | None
    source_unit: str | None = Field(description="The closing （市创建办） unit, without brackets.")
    start: int = Field(description="Span of the whole article, title through source unit.")
    end: int
    body_start: int = Field(description="Where the body (after the title) starts (extension).")
    dates: list[DateItem]
    officials: list[Official]
    units: list[Unit]
    requirement_lists: list[RequirementList]
    meetings: list[Meeting]
    title_mentions: list[TitleMention] = Field(default_factory=list, description="The article's title mentions "
                                                                                "(extension).")
    tokens: list[Token] | None = Field(default=None, description="Only with `extract --tokens`: the article's "
                                                                 "words from our domain-tuned segmenter.")
    keywords: list[Keyword] | None = Field(default=None, description="TF-IDF terms of the article, best first: "
                                   "added over a batch by `export`/`report --keywords` (nlp_pipeline.keywords).")
    duplicate_of: ArticleRef | None = Field(default=None, description="The earlier article of the batch this one "
                                            "nearly repeats, else null: added over a batch by `export "
                                            "--skip-duplicates`/`report --duplicates` (nlp_pipeline.duplicates).")
    similarity: float | None = Field(default=None, description="Cosine similarity to `duplicate_of` (character "
                                                               "3-grams), else null.")


class Document(_Model):
    schema_version: str = Field(description=f"'{SCHEMA_VERSION}': major changes only when a contract key changes.")
    pipeline_version: str = Field(description="Version of nlp_pipeline that wrote this (extension).")
    source: Source
    text: str = Field(description="The normalised full text, one paragraph per line; every offset indexes it.")
    paragraphs: list[Paragraph] = Field(description="Paragraph spans in `text` (extension).")
    bulletin: Bulletin
    articles: list[Article]
    dates: list[DateItem]
    officials: list[Official]
    units: list[Unit]
    requirement_lists: list[RequirementList]
    meetings: list[Meeting] = Field(default_factory=list, description="Every meeting of every article, in text "
                                                                      "order (extension).")
    title_mentions: list[TitleMention] = Field(default_factory=list, description=(
        "Every mention of a post, title or occupation (局长, 各镇镇长, 记者, 民警), bound to a person or not, "
        "in text order (extension)."))
    warnings: list[Warning_]


class ErrorInfo(_Model):
    type: str = Field(description="missing_file, empty_input, undecodable_text, corrupt_file, encrypted_pdf, "
                                  "no_text_layer, garbled_text_layer, unsupported_format, internal_error, …")
    message: str


class ErrorSource(_Model):
    path: str
    sha256: str | None = None


class ErrorRecord(_Model):
    """What a batch writes for an input that could not be processed."""

    source: ErrorSource
    error: ErrorInfo


def json_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    for model in (Document, ErrorRecord):
        sub = model.model_json_schema(ref_template="#/$defs/{model}")
        defs.update(sub.pop("$defs", {}))
        defs[model.__name__] = sub
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "nlp_pipeline output",
        "oneOf": [{"$ref": "#/$defs/Document"}, {"$ref": "#/$defs/ErrorRecord"}],
        "$defs": defs,
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
