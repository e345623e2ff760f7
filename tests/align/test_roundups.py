"""The shape of a round-up's "Head: lead." teasers (``align.roundups``), on sentences of Timeline17's CNN pages."""

from __future__ import annotations

from newsdesk.align.roundups import teaser_head, teaser_runs


def test_a_teaser_has_a_head_and_a_lead() -> None:
    text = (
        "Why Nicole Kidman kept baby Faith a secret: Actress Nicole Kidman says keeping quiet about her new daughter "
        "Faith Margaret was one of the toughest things she's ever had to do."
    )
    assert teaser_head(text) == "Why Nicole Kidman kept baby Faith a secret"
    assert teaser_head("Boy drops loaded gun at pre-k class, police say: Florida police are trying to find out.")


def test_a_speaker_label_in_capitals_or_a_date_is_no_head() -> None:
    for text in (
        "DAN LOTHIAN, CNN WHITE HOUSE CORRESPONDENT (voice-over): Well, this is a very important speech.",
        "WU (speaking Chinese, English Subtitles): Edwin, you're the host of the tasting today.",
        "MOHAMED ELBARADEI, OPPOSITION LEADER (via phone): It's a sense of liberation for me, for every Egyptian.",
        "29 Nov, 2007: Martinique region, Windward Islands.",  # haiti_bbc's chronology of the region's earthquakes
    ):
        assert teaser_head(text) is None


def test_a_quotations_attribution_is_no_head() -> None:
    for text in (
        "CNN's Fred Pleitgen tweeted: Illegal checkpoints popping up in Cairo.",
        "Michael in New Mexico writes: No.. We have to honor our treaties and other agreements with Egypt.",
        'On the role his new book plays in his presidential decision-making process: "This is the message.',
        "Stocks post gains despite Egypt unrest U.S. stocks posted solid gains Monday",  # no colon, no end mark
    ):
        assert teaser_head(text) is None


def test_a_list_is_three_teasers_close_together() -> None:
    teaser = "Facebook launches pages redesign: Facebook has begun rolling out a full redesign of Facebook Pages."
    prose = "Investors are keeping an eye on the protests in Cairo and elsewhere in Egypt."
    assert teaser_runs([teaser, prose, teaser, teaser]) == [[0, 2, 3]]
    assert teaser_runs([teaser, prose, prose, teaser, teaser]) == []
    # one sentence with a colon is prose
    colon = "Here's what the government has done so far: Noor Group, an Internet service provider, has been shut down."
    assert teaser_runs([prose, colon, prose]) == []


def test_a_quoted_lead_restating_its_head_is_a_teaser() -> None:
    """v4: LibyaWar_cnn's NewsPulse list of 2011-03-18 quotes each story's lead; v3 read no such teaser."""
    text = (
        "Japan raises threat level at nuclear plant: \"Japan's Nuclear and Industrial Safety Agency raised the level"
        ' for the crisis at the Fukushima Daiichi nuclear plant Friday from a 4 to 5."'
    )
    assert teaser_head(text) == "Japan raises threat level at nuclear plant"
    assert teaser_head(text, wider=False) is None
    # an interview's topic label is answered in the speaker's words: no word of the head in the lead
    for label in (
        'On the role his new book plays in his presidential decision-making process: "This is the message.',
        'On whether President Obama is being too timid: "In light of the urgency, I am always a little careful."',
    ):
        assert teaser_head(label) is None


def test_a_headlines_attribution_is_a_teasers_head() -> None:
    """v4: "…, agency says:" names its source as a headline does (no article); a sentence's "…, the agency says:"
    introduces a quotation (H1N1_guardian)."""
    text = (
        "Japan crisis at 3 Mile Island level, agency says: The owner of the stricken nuclear power complex said"
        " Saturday that it will hike the radiation exposure limit for its workers."
    )
    assert teaser_head(text) == "Japan crisis at 3 Mile Island level, agency says"
    assert teaser_head(text, wider=False) is None
    quotation = "On the benefits of the drugs, the agency says: Treatment: If you get sick, antiviral drugs can help."
    assert teaser_head(quotation) is None
