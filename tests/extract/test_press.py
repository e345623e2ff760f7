"""The press of a story, by the labels of CNN's own transcripts on Timeline17 dev pages read as the product cleans
them: Becky Anderson hosts the show, Ben Wedeman reports from Cairo, Mohamed ElBaradei is the story."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.extract.press import OUTLET, is_press_title, page_speakers, role_text, story_press
from newsdesk.model import Entity
from tests.conftest import t17_page

EGYPT = "EgyptianProtest_cnn"
# CONNECT THE WORLD of 25 January 2011: Becky Anderson's interview of Mohamed ElBaradei, Ben Wedeman live from Cairo
CONNECT_THE_WORLD = "141"
# PARKER SPITZER of 26 January 2011: Eliot Spitzer talks to Ben Wedeman, Kathleen Parker to John Boehner
PARKER_SPITZER = "277"


def _person(name: str, *aliases: str, mentions: int = 1) -> Entity:
    return Entity(name, "PERSON", (name, *aliases), ("a",), mentions)


@pytest.mark.parametrize(
    ("title", "press"),
    [
        ("CNN SENIOR INTERNATIONAL CORRESPONDENT", True),
        ("CNN SR.. INTERNATIONAL CORRESPONDENT", True),
        ("HOST", True),
        ("HOST, QUEST MEANS BUSINESS", True),
        ("CNN INTERNATIONAL ANCHOR/CORRESPONDENT", True),
        ("CNN JERUSALEM BUREAU CHIEF", True),
        ("FOX NEWS ANCHOR", True),  # another network's anchor is press too
        ("FORMER IAEA CHIEF", False),
        ("SECRETARY OF STATE", False),
        ("CNN NATIONAL SECURITY ANALYST", False),  # a commentator's words are views: the story's material
        ("FREELANCE JOURNALIST", False),  # a journalist as a witness on the phone
        ("FORMER CNN CORRESPONDENT", False),
        ("CNN", False),  # a network's name alone is a job only where the page's own titles name the network
    ],
)
def test_a_title_names_a_reporting_job(title: str, press: bool) -> None:
    assert is_press_title(title) is press


def test_the_network_of_the_page_makes_its_bare_name_a_job() -> None:
    assert is_press_title("CNN STUDENT NEWS", frozenset({"CNN"}))
    assert is_press_title("CNN", frozenset({"CNN"}))
    assert is_press_title("CNN'S SITUATION ROOM", frozenset({"CNN"}))
    assert not is_press_title("CNN NATIONAL SECURITY ANALYST", frozenset({"CNN"}))
    assert not is_press_title("MSNBC", frozenset({"CNN"}))


def test_a_title_reads_in_lower_case_but_for_names_of_networks() -> None:
    assert role_text("CNN SR.. INTERNATIONAL CORRESPONDENT") == "CNN senior international correspondent"
    assert role_text("FMR. U.S. ASSISTANT SECRETARY OF STATE") == "former U.S. assistant secretary of state"
    assert role_text("HOST") == "host"


def test_the_labels_of_a_transcript_say_who_is_the_press() -> None:
    speakers = page_speakers(t17_page(EGYPT, CONNECT_THE_WORLD).sentences)
    assert speakers["ANDERSON"].name == "BECKY ANDERSON" and speakers["ANDERSON"].press
    assert speakers["WEDEMAN"].press and "CNN SENIOR INTERNATIONAL CORRESPONDENT" in speakers["WEDEMAN"].titles
    assert speakers["ELBARADEI"].name == "MOHAMED ELBARADEI" and not speakers["ELBARADEI"].press
    assert not speakers["CLINTON"].press
    assert not any(s.name.startswith("UNIDENTIFIED") for s in speakers.values())  # a voice the page does not name


def test_the_story_press_is_its_entities_so_labelled_and_its_outlet() -> None:
    show = replace(t17_page(EGYPT, CONNECT_THE_WORLD), source="CNN")
    entities = (
        _person("Becky Anderson", "BECKY ANDERSON", "ANDERSON", mentions=54),
        _person("Ben Wedeman", "BEN WEDEMAN", "WEDEMAN", mentions=86),
        _person("Mohamed ElBaradei", "MOHAMED ELBARADEI", "ElBaradei"),
        _person("Hillary Clinton", "HILLARY CLINTON", "Clinton"),
        Entity("CNN", "ORG", ("CNN",), ("a",), 174),
    )
    press = {r.name: r for r in story_press([show, t17_page(EGYPT, PARKER_SPITZER)], entities)}
    assert set(press) == {"CNN", "Ben Wedeman", "Becky Anderson"}
    assert press["Becky Anderson"].role == "host"
    assert press["Ben Wedeman"].role == "CNN senior international correspondent"
    assert len(press["Ben Wedeman"].articles) == 2  # labelled so on both shows
    assert press["CNN"].role == OUTLET and press["CNN"].mentions == 174
