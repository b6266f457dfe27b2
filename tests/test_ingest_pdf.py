"""Tests for nlp_pipeline.ingest.pdf.read_pdf.

Self-made PDFs (reportlab, built-in CID font STSong-Light) always run; the real and synthetic
PDFs under ../shared/datasets/pdfs run only when that folder exists.
"""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from nlp_pipeline.errors import (  # noqa: E402
    CorruptFile,
    EmptyInput,
    EncryptedPdf,
    GarbledTextLayer,
    InputError,
    NoTextLayer,
)
from nlp_pipeline.ingest.model import Break, RawDocument  # noqa: E402
from nlp_pipeline.ingest.pdf import _map_char, read_pdf  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PDFS = SHARED / "datasets" / "pdfs"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared/datasets/pdfs")

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
W, H = 595.0, 842.0          # A4
LEFT, SIZE, PER_LINE = 72.0, 12.0, 30   # 30 CJK chars of 12 pt -> right margin at 432

CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]"


# ---------------------------------------------------------------- helpers
def paragraphs(doc: RawDocument) -> list[str]:
    """Join lines as the normaliser will: continues=True -> no separator, else a new
    paragraph; then drop spaces next to CJK."""
    out: list[str] = []
    for line in doc.lines:
        if out and line.continues:
            out[-1] += line.text
        else:
            out.append(line.text)
    return [re.sub(rf"(?<={CJK}) +| +(?={CJK})", "", p) for p in out]


def squashed(doc: RawDocument) -> str:
    return re.sub(r"\s+", "", "".join(line.text for line in doc.lines))


def make_pdf(draw_pages, **canvas_kw) -> bytes:
    """draw_pages: one callable(canvas, page_number) per page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), **canvas_kw)
    for number, draw in enumerate(draw_pages, 1):
        c.setFont(FONT, SIZE)
        draw(c, number)
        c.showPage()
    c.save()
    return buf.getvalue()


def text_lines(c, lines: list[str], top: float = 100.0, lead: float = 20.0,
               indent_first: bool = False) -> None:
    for i, text in enumerate(lines):
        x = LEFT + (2 * SIZE if indent_first and i == 0 else 0)
        c.drawString(x, H - top - i * lead, text)


def footer(c, number: int) -> None:
    c.drawCentredString(W / 2, 40, f"- {number} -")


PARA = ("今年以来全县累计清理生活垃圾一千二百六十余吨整治乱堆乱放点位三百八十五处拆除违规"
        "广告牌匾九十七块群众满意度较去年同期提高六个百分点各乡镇要对照会议部署抓好整改"
        "落实确保各项任务按期完成并于月底前将整改清单报送县城乡治理办公室")


def split_para(text: str) -> list[str]:
    first = text[: PER_LINE - 2]             # first line is indented by two characters
    rest = text[PER_LINE - 2:]
    return [first] + [rest[i:i + PER_LINE] for i in range(0, len(rest), PER_LINE)]


# ---------------------------------------------------------------- self-made PDFs
def test_paragraph_across_page_break_joins_without_page_number():
    chunks = split_para(PARA)
    assert len(chunks) == 4 and len(chunks[-1]) < PER_LINE
    page1, page2 = chunks[:3], chunks[3:]

    def p1(c, n):
        text_lines(c, ["第一段标题"], top=80)
        text_lines(c, page1, top=110, indent_first=True)
        footer(c, n)

    def p2(c, n):
        text_lines(c, page2, top=110)
        text_lines(c, ["另起一段，首行缩进。"], top=150, indent_first=True)
        footer(c, n)

    doc = read_pdf(make_pdf([p1, p2]), "break.pdf")
    assert doc.format == "pdf" and doc.pages == 2
    assert all("- 1 -" not in ln.text and "- 2 -" not in ln.text for ln in doc.lines)
    assert any("page number" in note for note in doc.notes)
    first_p2 = next(ln for ln in doc.lines if ln.page == 2)
    assert first_p2.brk is Break.PAGE and first_p2.continues is True
    assert paragraphs(doc) == ["第一段标题", PARA, "另起一段，首行缩进。"]


def test_fake_bold_title_is_not_doubled():
    title = "我县召开城乡环境综合整治推进会"

    def page(c, n):
        c.setFont(FONT, 18)
        c.drawString(150, 700, title)
        c.drawString(150.35, 700, title)
        c.setFont(FONT, SIZE)
        text_lines(c, ["会议总结前一阶段工作，部署下一步重点任务。"], top=180)

    doc = read_pdf(make_pdf([page]), "bold.pdf")
    assert doc.lines[0].text == title
    assert doc.lines[0].size == pytest.approx(18, abs=0.5)
    assert doc.lines[1].continues is False      # smaller body text after a big title


def test_running_header_on_later_pages_is_dropped():
    body = [PARA[i:i + PER_LINE] for i in range(0, 90, PER_LINE)]

    def page(c, n):
        if n > 1:
            c.setFont(FONT, 10)
            c.drawString(LEFT, H - 50, f"城乡治理工作简报　第{n + 4}期")
            c.setFont(FONT, SIZE)
        text_lines(c, body, top=120)
        footer(c, n)

    doc = read_pdf(make_pdf([page, page, page]), "header.pdf")
    assert not any("简报" in ln.text for ln in doc.lines)
    assert any("running header" in note for note in doc.notes)
    assert [ln.page for ln in doc.lines] == [1] * 3 + [2] * 3 + [3] * 3


def test_spaces_only_at_wide_gaps():
    def page(c, n):
        c.setFont(FONT, 16)
        c.drawString(100, 700, "我市细化分工密切配合")
        c.drawString(100 + 10 * 16 + 16, 700, "加快形成迎检工作合力")   # one em apart
        c.setFont(FONT, SIZE)
        text_lines(c, ["全年开展政策简明问答98期，其中市级48期。"], top=200)

    doc = read_pdf(make_pdf([page]), "gap.pdf")
    assert doc.lines[0].text == "我市细化分工密切配合 加快形成迎检工作合力"
    assert doc.lines[1].text == "全年开展政策简明问答98期，其中市级48期。"


def test_two_columns_read_left_then_right():
    left = [f"左栏第{i}行文字内容示例文字内容" for i in range(1, 9)]
    right = [f"右栏第{i}行文字内容示例文字内容" for i in range(1, 9)]

    def page(c, n):
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            y = H - 120 - i * 20
            c.drawString(60, y, a)
            c.drawString(330, y, b)

    doc = read_pdf(make_pdf([page]), "cols.pdf")
    assert [ln.text for ln in doc.lines] == left + right
    assert any("two-column" in note for note in doc.notes)


def test_password_protected_pdf_raises_encrypted():
    data = make_pdf([lambda c, n: text_lines(c, ["机密文件"])],
                    encrypt=StandardEncryption("secret", ownerPassword="owner"))
    with pytest.raises(EncryptedPdf, match="password"):
        read_pdf(data, "locked.pdf")


def test_empty_user_password_pdf_is_read():
    data = make_pdf([lambda c, n: text_lines(c, ["公开文件正文"])],
                    encrypt=StandardEncryption("", ownerPassword="owner"))
    assert squashed(read_pdf(data, "open.pdf")) == "公开文件正文"


def test_truncated_pdf_raises_corrupt():
    data = make_pdf([lambda c, n: text_lines(c, [PARA[:30]])] * 3)
    with pytest.raises(CorruptFile):
        read_pdf(data[: len(data) // 2], "half.pdf")


@pytest.mark.parametrize("data", [random.Random(7).randbytes(5000),
                                  b"%PDF-1.7\n" + random.Random(8).randbytes(5000) + b"%%EOF\n",
                                  b"PK\x03\x04 not a pdf but a zip"])
def test_garbage_bytes_raise_corrupt(data):
    with pytest.raises(CorruptFile):
        read_pdf(data, "junk.pdf")


def test_empty_bytes_raise_empty():
    with pytest.raises(EmptyInput):
        read_pdf(b"", "empty.pdf")


def _zero_page_pdf() -> bytes:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1,
                                                                              xref)
    return bytes(out)


def test_zero_pages_raise_empty():
    with pytest.raises(EmptyInput, match="no pages"):
        read_pdf(_zero_page_pdf(), "zero.pdf")


def test_blank_pages_raise_empty():
    with pytest.raises(EmptyInput, match="blank"):
        read_pdf(make_pdf([lambda c, n: None] * 2), "blank.pdf")


def test_image_only_pdf_raises_no_text_layer(tmp_path):
    pil = pytest.importorskip("PIL.Image")
    img = tmp_path / "scan.png"
    pil.new("L", (40, 40), color=200).save(img)
    data = make_pdf([lambda c, n: c.drawImage(str(img), 72, 500, 200, 200)] * 2)
    with pytest.raises(NoTextLayer, match="no text layer on any of 2 pages"):
        read_pdf(data, "scan.pdf")


def test_too_many_pages_is_refused():
    data = make_pdf([lambda c, n: None] * 2001)
    with pytest.raises(InputError, match=r"too many pages \(2001 > 2000\)"):
        read_pdf(data, "huge.pdf")


@pytest.mark.parametrize("code, expected", [
    (0x2F00, "一"), (0x2F08, "人"), (0x2F42, "文"), (0x2F3E, "户"),   # Kangxi radicals
    (0x2EA0, "民"), (0x2ED4, "门"), (0x2ED3, "长"), (0x2EC5, "见"),   # radicals supplement
    (0x2EEC, "齐"), (0x2EDB, "风"), (0x2EE5, "鱼"),
    (0xE011, None), (0xF0B6, None),                                   # PUA: dropped
    (0xFF0C, "，"), (0x4E00, "一"),                                    # untouched
])
def test_character_map(code, expected):
    assert _map_char(code) == expected


# ---------------------------------------------------------------- shared PDFs
REAL_CASES = [
    # (file, phrase that must appear in the whitespace-free text, or the error raised)
    ("bj_gwr_2024.pdf", "全市地区生产总值增长5.2%、约4.4万亿元"),
    ("hongze_gk_2023.pdf", "（国令第711号）"),
    ("hongze_gk_2024.pdf", "统计期限自2024年1月1日起至2024年12月31日止"),
    ("suqian_compare_2col.pdf", "宿迁市政务公开年报比对"),
    ("whut_guide.pdf", "注意不要与摘要雷同"),
    ("redhead_notice.pdf", "国防部发〔2012〕21号"),
    ("redhead_secret.pdf", "二〇二三年一月一日"),
    ("synthetic/bulletin_lo.pdf", "拆除违规广告牌匾97块"),
    ("synthetic/bulletin_rl.pdf", "拆除违规广告牌匾97块"),
    ("synthetic/bulletin_rl_cid.pdf", "拆除违规广告牌匾97块"),
    ("gmt0031_std.pdf", GarbledTextLayer),
    ("hongze_gk_2023_scan.pdf", NoTextLayer),
]


@needs_shared
@pytest.mark.parametrize("name, expected", REAL_CASES)
def test_shared_pdfs(name, expected):
    data = (PDFS / name).read_bytes()
    if isinstance(expected, type):
        with pytest.raises(expected):
            read_pdf(data, name)
        return
    doc = read_pdf(data, name)
    assert doc.format == "pdf" and doc.pages and doc.lines
    text = squashed(doc)
    assert expected in text
    assert not re.search(r"[\u2e80-\u2eff\u2f00-\u2fdf\ue000-\uf8ff]", text)
    assert all(ln.brk is Break.PAGE for ln in doc.lines
               if ln.page > 1 and ln is next(x for x in doc.lines if x.page == ln.page))


@needs_shared
def test_shared_page_numbers_dropped_and_paragraph_joined():
    doc = read_pdf((PDFS / "hongze_gk_2023.pdf").read_bytes(), "hongze_gk_2023.pdf")
    assert not any(re.fullmatch(r"-\d+-", ln.text.replace(" ", "")) for ln in doc.lines)
    # "严格执行“分 / 级审核、先审后发”" runs from page 1 to page 2
    assert any("严格执行“分级审核、先审后发”程序" in p for p in paragraphs(doc))


@needs_shared
def test_shared_two_columns_not_interleaved():
    doc = read_pdf((PDFS / "suqian_compare_2col.pdf").read_bytes(), "suqian.pdf")
    text = squashed(doc)
    assert "深入学习贯彻习近平总书记对江苏工作重要讲话重要指示精神" in text
    assert "坚持人民至上" in text                         # pdfplumber gives ⼈⺠⾄
    assert any("two-column" in note for note in doc.notes)


def _source_paragraphs() -> list[str]:
    text = (PDFS / "synthetic" / "bulletin_source.txt").read_text(encoding="utf-8")
    return [re.sub(r"\s+", "", ln) for ln in text.splitlines() if ln.strip()]


@needs_shared
@pytest.mark.parametrize("name", ["bulletin_lo.pdf", "bulletin_rl.pdf", "bulletin_rl_cid.pdf"])
def test_synthetic_bulletins_match_source_paragraph_by_paragraph(name):
    """Every source line (masthead, contents, titles, paragraphs, distribution block) comes
    back as exactly one joined paragraph, in order; only whitespace differs (the masthead's
    tab between office and date, 目　录)."""
    doc = read_pdf((PDFS / "synthetic" / name).read_bytes(), name)
    got = [re.sub(r"\s+", "", p) for p in paragraphs(doc)]
    assert got == _source_paragraphs()


def test_garbled_text_layer_raises():
    # What a broken ToUnicode map looks like (GM/T 0031): U+7280-72FF runs, box drawing.
    junk = "犌犕／犜００３１犲犾犲犮狋狉狅狀犻犮狊狋犪犿狆╚╔┬├"
    data = make_pdf([lambda c, n: text_lines(c, [junk] * 10)] * 2)
    with pytest.raises(GarbledTextLayer, match="needs OCR"):
        read_pdf(data, "garbled.pdf")
