"""The pages in a real browser (Debian's Chromium through Playwright): the reader's path, and hostile text.

Screenshots go to ``artifacts/`` (ignored by git) so a CI run keeps them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from newsdesk.serve.web import render_story_page

from .conftest import ARTIFACTS, TOKEN, Live


def test_front_page_story_citation_hover_and_article(live: Live, page: Page) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live.url + "/")
    expect(page.locator(".card")).to_have_count(1)
    page.screenshot(path=str(ARTIFACTS / "front.png"))
    page.locator(".card-link").first.click()

    with live.client() as client:
        story_id = page.url.rsplit("/", 1)[-1]
        brief = client.get(f"/api/stories/{story_id}").json()
    expect(page.locator("h1")).to_have_text(brief["stories"][0]["title"])
    assert "Blinken" in brief["stories"][0]["title"] or "ceasefire" in brief["stories"][0]["title"]
    first = brief["stories"][0]["summary"][0]["citations"][0]
    source = next(a for a in brief["articles"] if a["id"] == first["article"])
    sentence = source["sentences"][first["sentence"]]["text"]

    cite = page.locator(".summary .cite").first
    pop = cite.locator(".pop")
    expect(pop).to_be_hidden()
    cite.hover()
    expect(pop).to_be_visible()
    expect(pop).to_contain_text(sentence[:60])
    expect(pop).to_contain_text(source["label"])
    page.screenshot(path=str(ARTIFACTS / "story.png"))
    page.screenshot(path=str(ARTIFACTS / "story-full.png"), full_page=True)

    page.mouse.move(5, 5)
    cite.locator("a").click()  # a click pins the pop open (touch screens cannot hover)...
    expect(pop).to_be_visible()
    page.keyboard.press("Escape")
    page.mouse.move(5, 5)
    expect(pop).to_be_hidden()
    cite.locator("a").click()
    cite.locator("a").click()  # ...and a second click follows the link to the cited sentence
    expect(page).to_have_url(f"{live.url}/articles/{first['article']}#s{first['sentence']}")
    target = page.locator(f"#s{first['sentence']}")
    expect(target).to_have_class("sent cited focus")
    expect(target).to_have_text(sentence)
    page.screenshot(path=str(ARTIFACTS / "article.png"))


PAYLOAD = (
    'Officials met in Cairo. <script>window.__pwned = "script"; alert("script")</script> was in the text. '
    "<img src=x onerror=\"window.__pwned='onerror'; alert(1)\"> appeared too. "
    "A link said javascript:alert(document.cookie) and nothing happened."
)


def test_hostile_article_text_is_shown_as_text_and_never_runs(writable: Live, page: Page) -> None:
    events: list[Any] = []
    page.on("dialog", lambda dialog: (events.append(("dialog", dialog.message)), dialog.dismiss()))
    page.on("pageerror", lambda error: events.append(("pageerror", str(error))))
    page.on("console", lambda msg: events.append(("console", msg.text)) if msg.type == "error" else None)
    record = {
        "text": PAYLOAD,
        "title": '<script>alert("title")</script>Talks <b onmouseover=alert(2)>bold</b>',
        "source": '<img src=x onerror=alert("source")>',
        "url": "javascript:alert('url')",
        "published": "2024-08-27",
    }
    with writable.client(headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        response = client.post("/api/articles", json=record)
        assert response.status_code == 201, response.text
        (article_id,) = response.json()["articles"]
        story_ids = [s["id"] for s in client.get(f"/api/articles/{article_id}").json()["stories"]]

    for path in [f"/articles/{article_id}", "/", *[f"/stories/{s}" for s in story_ids]]:
        page.goto(writable.url + path)
        page.wait_for_load_state("load")
        for link in page.locator("a").all():
            href = link.get_attribute("href") or ""
            assert not href.lower().startswith("javascript:"), f"{path}: clickable javascript: link"
        assert page.evaluate("window.__pwned") is None, path
    page.goto(writable.url + f"/articles/{article_id}")
    body = page.locator(".body")
    expect(body).to_contain_text("<script>")
    expect(body).to_contain_text("onerror=")
    expect(body).to_contain_text("javascript:alert(document.cookie)")
    expect(page.locator("h1")).to_contain_text('<script>alert("title")</script>')
    expect(page.locator(".url")).to_have_text("javascript:alert('url')")
    page.locator(".body").hover()
    page.locator("h1").hover()
    assert page.evaluate("window.__pwned") is None
    assert events == [], events


def test_html_export_is_self_contained_and_works_offline(enriched: dict[str, Any], page: Page, tmp_path: Path) -> None:
    """The exported file opens from disk with no server: styles, citations and the fact matrix all there."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = tmp_path / "story.html"
    path.write_text(render_story_page(None, enriched, standalone=True), encoding="utf-8")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(path.as_uri())
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    cite = page.locator(".quotes .cite").first
    cite.hover()
    expect(cite.locator(".pop")).to_contain_text("very constructive meeting today")
    expect(page.locator(".matrix td.conflict")).to_have_count(1)
    page.screenshot(path=str(ARTIFACTS / "export-enriched.png"), full_page=True)
