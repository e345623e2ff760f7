"""Headlines and captions glued to the next sentence, on Timeline17 dev's BBC pages (text flattened from HTML)."""

from __future__ import annotations

import pytest

from newsdesk.align.units import is_unfinished, states_nothing
from newsdesk.clean.glue import Vocabulary, split_glued
from newsdesk.clean.sentences import split_sentences
from newsdesk.evaluate.timeline import load_articles

from ..conftest import EVAL
from .pages import clean_page as _clean

# haiti_bbc: a related story's headline, then the article's lead
HEADLINE = (
    "Haiti devastated by massive quake Thousands of people are feared dead after a powerful earthquake hit the "
    "Caribbean nation of Haiti, devastating the country's capital."
)
# H1N1_bbc: a photo caption, then the lead
CAPTION = (
    "Face masks are handed out, while the head of the WHO voices concern A new flu virus suspected of killing as "
    "many as 81 people in Mexico has the potential to become a pandemic, the World Health Organization's chief says."
)


def test_a_headline_is_cut_off_the_lead_it_runs_into() -> None:
    assert split_glued(HEADLINE) == [
        "Haiti devastated by massive quake",
        "Thousands of people are feared dead after a powerful earthquake hit the Caribbean nation of Haiti, "
        "devastating the country's capital.",
    ]
    head, lead = split_glued(CAPTION)
    assert head.endswith("voices concern") and lead.startswith("A new flu virus suspected")


def test_the_sentence_splitter_cuts_glued_headlines() -> None:
    assert split_sentences(HEADLINE) == split_glued(HEADLINE)


@pytest.mark.parametrize(
    "sentence",
    [
        # H1N1_bbc: a capital letter naming a virus type is no sentence opener
        "Swine flu is a respiratory disease, caused by influenza type A which infects pigs.",
        # titles and names open with a capitalised word too
        "The minister told The Associated Press that the border would stay closed for another week.",
        "Critics of the film called The Hurt Locker praised its director on Sunday night.",
        # after a function word the capital is a title's: no cut
        "The banner in the square read the Hundreds to Thousands who were killed must be remembered.",
        # a cut inside a quotation would split the speaker's words
        'The sign read "we will stay until the end The regime must go" and was held by students.',
    ],
)
def test_names_titles_and_quotations_stay_whole(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]


def test_no_glued_headline_is_left_in_the_bbc_haiti_pages() -> None:
    articles = load_articles(EVAL / "timelines" / "t17" / "dev" / "haiti_bbc", limit=60)
    texts = [s.text for a in articles for s in a.sentences]
    assert "Haiti devastated by massive quake" in texts
    assert not any("quake Thousands of people" in t for t in texts)


@pytest.mark.parametrize(
    ("line", "unfinished"),
    [
        ("Haiti devastated by massive quake", True),  # the headline cut off above
        ("Advert warns about the dangers of swine flu", True),  # H1N1_bbc: a video's caption
        ("An ultra-low latency infrastructure for electronic trading and data distribution", True),  # Reuters promo
        ("Blinken is expected to travel to Egypt and Qatar for further talks.", False),  # seed 002
        # LibyaWar_reuters, EgyptianProtest_cnn: a list's bullet mark after the end mark is no word
        ('"We will fight until the last man and last woman to defend Libya from east to west." *', False),
        ('"We went out today and we were ready to die so our children can live with dignity." --', False),
        ("Is there a vaccine?", False),  # a question: withheld as one, not as unfinished
    ],
)
def test_a_line_with_no_end_mark_states_nothing(line: str, unfinished: bool) -> None:
    assert is_unfinished(line) is unfinished
    if unfinished:
        assert states_nothing(line)


# H1N1_bbc: a timeline entry's caption ends on a place, a quoted caption on its closing quote
AFTER_NAME = (
    "Eight cases of swine flu have emerged in the UK Two more people in London have been diagnosed with the swine flu"
    " virus, the Department of Health has said."
)
AFTER_QUOTE = (
    "WHO flu expert Dr Keiji Fukuda: 'The picture is evolving' The international community is better prepared than"
    " ever to deal with an influenza pandemic, the WHO says."
)


def test_a_caption_ending_on_a_name_or_a_closing_quote_is_cut() -> None:
    assert split_glued(AFTER_NAME) == [
        "Eight cases of swine flu have emerged in the UK",
        "Two more people in London have been diagnosed with the swine flu virus, the Department of Health has said.",
    ]
    assert split_glued(AFTER_QUOTE) == [
        "WHO flu expert Dr Keiji Fukuda: 'The picture is evolving'",
        "The international community is better prepared than ever to deal with an influenza pandemic, the WHO says.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # names and titles running on through an opener (Timeline17 dev, DUC 2004 dev)
        "The party leader told The Associated Press that the UK Independence Party would stand in every seat.",
        "That's where Robbie Williams and Take That will record their contributions later this week, while Michael"
        " Buble's voice has already been added from New York.",
        "Netanyahu made clear that he would be annoyed if Air Force One landed at the newly opened Palestinian airport"
        " in Gaza.",
        "It declared France's intention to seek a UN Security Council resolution under Chapter Seven of the UN"
        " Charter.",
        "Other recent cases included five Year Seven pupils at Alleyn's School who were off sick on Friday.",
        "Saadi had a brief career in Italy's Serie A soccer league between 2003 and 2007, though he had little time on"
        " the field.",
        "The platform is said to emphasize administrative, economic and judicial reforms, but Sok An would not reveal"
        " details.",
        "As part of the effort, which relies heavily on audience participation, CNN.com's news blog This Just In will"
        " feature the stories of the missing.",
        # a quotation closed by a comma: its reporting clause follows, capitalised or not
        "Slivka is quoted as saying, ``IE 3.0 was the key thing because we did the componentized browser,'' He added"
        " more on Friday.",
    ],
)
def test_names_running_through_an_opener_stay_whole(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]


def test_no_timeline_entry_glued_after_a_place_is_left_in_the_h1n1_pages() -> None:
    """The H1N1_bbc page whose caption "Eight cases of swine flu have emerged in the UK" was a timeline entry glued
    to its lead."""
    texts = [s.text for s in _clean("H1N1_bbc", "352").sentences]
    assert "Eight cases of swine flu have emerged in the UK" in texts
    assert not any("in the UK Two more" in t for t in texts)


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        # H1N1_bbc 123: the page's headline before its lead (the brief's title was both, cut at 20 words)
        (
            "Swine flu cases close UK school Another nine UK cases of swine flu have been confirmed taking the total"
            " to 27, according to the Health Protection Agency.",
            "Swine flu cases close UK school",
        ),
        # haiti_bbc 105, SyrianCrisis_bbc 7, haiti_bbc 1525, LibyaWar_cnn 71: quantifiers and clause openers
        (
            "Aid is urgently needed for victims of the Haiti quake Some online donations to charities helping victims"
            " of the Haiti earthquake are being wrongly blocked by banks as fraudulent, financial experts say.",
            "Aid is urgently needed for victims of the Haiti quake",
        ),
        (
            "Syrian crisis: Fresh fighting hits Damascus and Aleppo Most of the areas of the biggest cities where"
            " rebels are entrenched have come under bombardment",
            "Syrian crisis: Fresh fighting hits Damascus and Aleppo",
        ),
        (
            "Shelane Chapman still does not know the whereabouts of her mother Although she has heard rumors that her"
            " mother's house collapsed in the earthquake, killing her six-year-old cousin, she has been unable to"
            " verify the news.",
            "Shelane Chapman still does not know the whereabouts of her mother",
        ),
        (
            "Difficulties for jihadists in exploiting the unrest According to Benotman, even during a period of"
            " sustained unrest, al Qaeda and like-minded groups will not find it easy to seize the opportunity and"
            " build up their operations in Libya.",
            "Difficulties for jihadists in exploiting the unrest",
        ),
        # H1N1_bbc 960: a number word opening the lead
        (
            "The healthcare worker fell ill on Wednesday Ninety-five new swine flu cases have been confirmed by the"
            " Health Protection Agency (HPA), taking the total number of cases in the capital to 289.",
            "The healthcare worker fell ill on Wednesday",
        ),
        # H1N1_guardian 991, EgyptianProtest_cnn 137, haiti_bbc 1768: a heading or a stamp ending on a number
        (
            "The influenza pandemic of 1918 The current swine flu outbreak is of the same strain, H1N1, as the great"
            " flu pandemic of 1918.",
            "The influenza pandemic of 1918",
        ),
        (
            "updated: Wed Jan 19 2011 12:57:00 The ouster of Tunisia's longtime ruler has cast a shadow over the"
            " surrounding region, but few analysts were willing to predict Tuesday that the revolt would spread to"
            " other countries.",
            "updated: Wed Jan 19 2011 12:57:00",
        ),
        (
            "Donate via the DEC website or by telephoning 0370 60 60 900 He said it was mainly water and sanitation"
            " equipment.",
            "Donate via the DEC website or by telephoning 0370 60 60 900",
        ),
    ],
)
def test_a_heading_before_a_quantifier_a_clause_opener_or_after_a_number_is_cut(sentence: str, head: str) -> None:
    assert split_glued(sentence) == [head, sentence[len(head) :].strip()]


@pytest.mark.parametrize(
    "sentence",
    [
        # a number word after a number names a thing (LibyaWar_cnn 393, a reader's post, here with words added after
        # it so that the guard, not the 4-word minimum, keeps it whole)
        "Brother Gamal abdul Nasser I have arrived to avenge Israel for 1967 Six day war and its lost lands",
        # "He"/"His" capitalised for God (EgyptianProtest_cnn 248, a verse quoted in a post)
        "(7) Fain would they extinguish the light of Allah is with their mouths and Allah is going to perfect His"
        " light, even though averse may be the infidels.",
        # a film's title runs on through "No" (written for the guard: no such title on the dev pages)
        "The actor who played Dr No is still remembered in Jamaica for the scenes shot there in 1962.",
        # a product's name through "Its" (ECB+ 27_11ecbplus, Microsoft's "Fix It" tools)
        "Once Microsoft issues a warning about a zero-day bug, other groups of hackers involved in massive cyber-crime"
        " operations, such as identity theft, rush to reverse-engineer the Fix Its so they can build computer viruses"
        " that also exploit the same vulnerabilities.",
    ],
)
def test_numbered_names_scripture_and_titles_stay_whole(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]


def test_the_h1n1_school_page_opens_on_its_headline() -> None:
    """H1N1_bbc 123, the page the 48-article story was titled by: its headline is a sentence of its own now, so the
    brief's title is the headline rather than headline and lead run together."""
    first = _clean("H1N1_bbc", "123").sentences[0].text
    assert first == "Swine flu cases close UK school"


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        # LibyaWar_reuters 153, H1N1_bbc 546, haiti_bbc 433: a subhead, a box's heading, a diary entry's stamp
        (
            "GADDAFI IS TOPPLED, FLEES ABROAD Djebbar said he could envision Gaddafi's closest relatives pushing him to"
            " negotiate with allied tribal leaders and senior officers to obtain safe passage to leave the country.",
            "GADDAFI IS TOPPLED, FLEES ABROAD",
        ),
        (
            "HOW SWINE FLU OUTBREAK EMERGED Flu viruses mutate over time causing small changes to proteins on their"
            " surface called antigens.",
            "HOW SWINE FLU OUTBREAK EMERGED",
        ),
        (
            "18 JANUARY, 2200 GMT, SANTO DOMINGO AIRPORT Even the most stoic Haitians are getting angry and impatient"
            " at the slow delivery of essential food and medicine, but some 500km (300 miles) away in the neighbouring"
            " Dominican Republic, things are finally beginning to take shape.",
            "18 JANUARY, 2200 GMT, SANTO DOMINGO AIRPORT",
        ),
    ],
)
def test_a_heading_in_capitals_is_cut_off_the_text_after_it(sentence: str, head: str) -> None:
    assert split_glued(sentence) == [head, sentence[len(head) :].strip()]


@pytest.mark.parametrize(
    "sentence",
    [
        # LibyaWar_cnn 343: a short name in capitals
        "So even if the USS GHW Bush arrived, the Pentagon would not want to solely depend on U.S. assets.",
        # EgyptianProtest_cnn 113: a show's name before a comma, inside its sentence
        "KURTZ: Still to come on RELIABLE SOURCES, Salon fesses up to an error, a long-ago error.",
        # EgyptianProtest_cnn 138: a transcript's speaker label stays with the words it attributes
        "CARL AZUZ, CNN STUDENT NEWS ANCHOR: Political protests in Egypt, the aftermath of an attack, and a music"
        " megastar who's using his fame to raise awareness about a disease.",
    ],
)
def test_names_in_capitals_and_speaker_labels_stay_whole(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]


# clean.document.v8 (haiti_bbc, H1N1_bbc, SyrianCrisis_bbc): the page's headline or caption before its lead
@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        # an article before a capitalised compound (haiti_bbc)
        (
            "ShelterBox was in Haiti in 2008 after hurricanes left thousands homeless A Cornwall-based disaster relief"
            " charity is sending help to Haiti after a massive earthquake struck the island.",
            "ShelterBox was in Haiti in 2008 after hurricanes left thousands homeless",
        ),
        # a headline closing its quotation before a capitalised word (haiti_bbc 1554)
        (
            "Rescue team 'can not afford Haiti mission' The IRC are desperate to go to Haiti to help the rescue"
            " operation.",
            "Rescue team 'can not afford Haiti mission'",
        ),
        # a caption quoting a speaker, before any capitalised word (haiti_bbc 932)
        (
            "Ban Ki-moon: 'We are facing a major humanitarian emergency' UN officials said at least 14 people had died"
            " when the UN's five-storey headquarters and two smaller buildings in Port-au-Prince collapsed.",
            "Ban Ki-moon: 'We are facing a major humanitarian emergency'",
        ),
        # initials opening a name the headline restates (haiti_bbc 561)
        (
            'Barack Obama makes Haiti earthquake statement US President Barack Obama has vowed "full support" to the'
            " people of Haiti to help recover from its devastating earthquake.",
            "Barack Obama makes Haiti earthquake statement",
        ),
    ],
)
def test_a_headline_before_a_compound_a_quoted_caption_or_a_restated_name_is_cut(sentence: str, head: str) -> None:
    assert split_glued(sentence) == [head, sentence[len(head) :].strip()]


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        # haiti_bbc 1792, haiti_bbc, SyrianCrisis_bbc: an ordinary word the page writes in lower case opens the lead
        (
            "Dozens of UN peacekeepers and officials are missing Officials in Bangladesh have made contact with six of"
            " their policemen serving at the UN mission in Haiti following the massive earthquake there.",
            "Dozens of UN peacekeepers and officials are missing",
        ),
        (
            "International efforts to get aid to Haitians continue Efforts to rebuild Haiti's main port are being"
            " stepped up in an effort to ensure emergency supplies reach millions still in need of aid.",
            "International efforts to get aid to Haitians continue",
        ),
        (
            "Syria crisis: Homs shelling stalls evacuation Fighting is leaving many parts of Syria's towns and cities"
            " in ruins, as fighting in the city continues.",
            "Syria crisis: Homs shelling stalls evacuation",
        ),
    ],
)
def test_a_lead_opening_with_an_ordinary_word_is_cut_with_the_pages_words(sentence: str, head: str) -> None:
    assert split_glued(sentence, Vocabulary(sentence)) == [head, sentence[len(head) :].strip()]
    assert split_glued(sentence) == [sentence]  # without the page's words the capital may be a name's


@pytest.mark.parametrize(
    "sentence",
    [
        # LibyaWar_reuters: a compass adjective is capitalised inside a sentence
        "Washington says it has seen no evidence of civilian casualties of the bombardment, but Gaddafi accused"
        " Western powers of massacres of Libyan civilians in alliance with rebels who he said were al Qaeda members.",
        "NATO's commander of Libyan operations said the alliance, which took over air strikes against Gaddafi from"
        " three Western powers on March 31, had destroyed a significant percentage of Gaddafi's armor.",
        # EgyptianProtest_cnn: a verse's "Thy" after its object pronoun
        "And raise up in their midst a messenger from among them who shall recite unto them Thy revelations, and"
        " shall instruct them in the Scripture and in wisdom and shall make them grow.",
        # EgyptianProtest_cnn: a modifier before a title
        "Eliezer, a former Israeli cabinet minister and current Member of Parliament who these officials say is"
        " close to the minister, said the talks were over.",
        # initials after a reporting verb open its clause; initials without a name after them (LibyaWar_cnn,
        # H1N1_reuters)
        "The Haitian prime minister said US President Barack Obama has vowed full support to the prime minister.",
        "A doctor told CNN there were four dead and 23 wounded at his hospital, the doctor told CNN.",
        "The virus has not yet tipped over into a pandemic, a top WHO official said on Monday about the virus.",
        # a quotation opening the sentence, then its speaker (haiti_bbc)
        '"In every direction the task is huge, it is an historic challenge" UN spokesman Elisabeth Byrs told the BBC'
        " about the challenge.",
    ],
)
def test_names_modifiers_and_reported_speech_stay_whole_with_the_pages_words(sentence: str) -> None:
    assert split_glued(sentence, Vocabulary(sentence + " western them member")) == [sentence]


def test_a_word_the_page_capitalises_inside_its_sentences_is_a_name() -> None:
    """haiti_bbc (a reader's post): "Senate" written in lower case elsewhere would pass for an ordinary word; a page
    that capitalises it inside another sentence names the chamber."""
    sentence = (
        "The people of Massachusetts voted in a Republican to fill the empty Senate seat of deceased Sen. Kennedy"
        " because of the people and the senate."
    )
    page = f"{sentence} The bill went to the Senate on Monday."
    assert len(split_glued(sentence, Vocabulary(sentence))) == 2  # the word alone passes for an ordinary one
    assert split_glued(sentence, Vocabulary(page)) == [sentence]


def test_the_haiti_statement_page_opens_on_its_headline() -> None:
    """haiti_bbc 561, whose glued headline and lead were the Haiti brief's title and a three-outlet fact."""
    first = _clean("haiti_bbc", "561").sentences[0].text
    assert first == "Barack Obama makes Haiti earthquake statement"
    assert _clean("haiti_bbc", "1792").sentences[2].text.startswith("Officials in Bangladesh have made contact")


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        # haiti_bbc: a video's caption ending on the place, then the story's lead (a line of the Haiti brief's summary)
        (
            "BBC reporter on the ground in Port-au-Prince The US is mounting one of the biggest relief operations in"
            " its recent history to help victims of the earthquake in Haiti.",
            "BBC reporter on the ground in Port-au-Prince",
        ),
        # SyrianCrisis_bbc: a caption, then the lead; a quoted resident's credit
        (
            "Qatar's Prime Minister has been pushing for Arab military intervention in Syria The West is also wary of"
            " pouring arms into the opposition.",
            "Qatar's Prime Minister has been pushing for Arab military intervention in Syria",
        ),
        (
            "End Quote Resident of Tal Kalakh The Syrian leader told a delegation from the southern town of Deraa.",
            "End Quote Resident of Tal Kalakh",
        ),
    ],
)
def test_a_caption_ending_on_a_place_is_cut_before_the_lead(sentence: str, head: str) -> None:
    assert split_glued(sentence)[0] == head


@pytest.mark.parametrize(
    "sentence",
    [
        # titles: a possessive, a function word inside the name (Timeline17 dev readers' posts)
        "Professor James Connelly: This reminds me of Plato's The Ring of Gyges, where Plato asks the question.",
        "I will probably listen to Automatic For The People tonight and donate a couple of quid to the appeal.",
    ],
)
def test_titles_after_a_preposition_stay_whole(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]


def _sentences(folder: str, page: str) -> list[str]:
    return [s.text for s in _clean(folder, page).sentences]


@pytest.mark.parametrize(
    ("folder", "page", "head", "lead"),
    [
        # a gallery's headline on a place, then the lead opening with a word the page never writes in lower case
        ("haiti_bbc", "1575", "In pics: Powerful quake hits Haiti", "Large areas of Haiti in the Caribbean"),
        # related stories' headlines, then their leads
        ("LibyaWar_cnn", "295", "Fuel truck causes blasts in Tripoli", "Quiet but not normal in Tripoli"),
        ("LibyaWar_cnn", "273", "Shabab send more fighters to Mogadishu", "Heavy fighting broke out Thursday"),
        ("SyrianCrisis_bbc", "270", "Saudi Arabia recalls ambassador to Syria", "Protests have continued in cities"),
    ],
)
def test_a_headline_ending_on_the_pages_place_is_cut_before_an_ordinary_word(
    folder: str, page: str, head: str, lead: str
) -> None:
    """v10: the place is a name the page writes again; the word after it is ordinary by the page or by English."""
    sentences = _sentences(folder, page)
    assert head in sentences
    assert sentences[sentences.index(head) + 1].startswith(lead)


@pytest.mark.parametrize(
    ("page", "head", "lead"),
    [
        ("174", "Activists helped the BBC's Jeremy Bowen access the town of Douma", "Activists in Syria say security"),
        ("53", "The BBC's Jim Muir says fighting has intensified in many parts of Syria", "Part of the reason"),
    ],
)
def test_a_caption_ending_on_a_place_named_by_of_is_cut(page: str, head: str, lead: str) -> None:
    """v12: SyrianCrisis_bbc captions ending on "the town of X", "parts of X": after a word for a place, "of" names
    a place as a preposition does."""
    sentences = _sentences("SyrianCrisis_bbc", page)
    assert head in sentences
    assert sentences[sentences.index(head) + 1].startswith(lead)


def test_a_place_and_the_noun_of_its_name_stay_whole() -> None:
    """EgyptianProtest_cnn 274: after "of" the place and the word after it are one name ("the gates of Sanaa
    University"), though the page writes "university" in lower case."""
    assert any("at the gates of Sanaa University to give" in s for s in _sentences("EgyptianProtest_cnn", "274"))


def test_a_named_day_stays_whole() -> None:
    """ECB+ dev 39_4ecbplus (held out while v10 was written, where its first version cut "on Christmas | Day"): WordNet
    lists "day" among its adjectives, and English capitalises a named day."""
    from newsdesk.clean import clean_document
    from newsdesk.evaluate.io import read_jsonl
    from newsdesk.model import RawDocument

    text = next(
        r["text"] for r in read_jsonl(EVAL / "clustering" / "ecbplus" / "dev.jsonl.gz") if r["id"] == "39_4ecbplus"
    )
    sentences = [s.text for s in clean_document(RawDocument(path="39_4ecbplus", text=text)).sentences]
    assert any("his unique take on the Doctor on Christmas Day and we are sure" in s for s in sentences)


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        (  # Timeline17 haiti_bbc: a photo caption run into the lead
            "Rescuers could hear knocking and finally managed to free the trapped man A 24-year-old man has been"
            " rescued alive from the rubble of a ruined hotel in Haiti's capital, Port-au-Prince, 11 days after the"
            " earthquake.",
            "Rescuers could hear knocking and finally managed to free the trapped man",
        ),
        (  # Timeline17 H1N1_bbc: a related story's headline and standfirst run into the lead
            "First swine flu fatality in Spain More than 700 people have been infected with swine flu in Spain A"
            " 20-year-old Moroccan woman infected with swine flu has died in Madrid, becoming Spain's first fatality.",
            "First swine flu fatality in Spain More than 700 people have been infected with swine flu in Spain",
        ),
        (  # Timeline17 haiti_bbc: a programme box run into the text after it
            "Also available on satellite and online, and via social media The 20-minute long daily broadcast, called"
            " Connexion Haiti, will try to give people up-to-date information.",
            "Also available on satellite and online, and via social media",
        ),
    ],
)
def test_a_lead_opening_on_an_age_or_a_measure_is_cut_off_the_caption(sentence: str, head: str) -> None:
    """v13: "A"/"The" and an age or a measure ("A 24-year-old", "The 20-minute") open a lead as "A new" does."""
    assert split_glued(sentence) == [head, sentence[len(head) :].strip()]


@pytest.mark.parametrize(
    "sentence",
    [
        # PolNeAR dev (west-journal): a headline in title case is not a caption before a lead
        "BOOM: Trump Just Fired A 5-Word Missile Directly At Hillary She WON'T Want To Hear",
    ],
)
def test_an_age_after_a_name_or_a_function_word_stays_whole(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]
