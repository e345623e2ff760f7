"""Reader-comment threads and comment-system lines on Timeline17 dev pages (plain text, no paragraph breaks)."""

from __future__ import annotations

import dataclasses

import pytest

from newsdesk.clean.comments import comment_stamps, split_comments
from newsdesk.clean.templates import min_holders, template_sentences
from newsdesk.evaluate.timeline import load_articles

from ..conftest import EVAL
from .pages import clean_page as _clean
from .pages import removed as _removed
from .pages import t17_texts as _texts

T17 = EVAL / "timelines" / "t17" / "dev"


def test_a_bbc_blog_thread_is_cut_at_its_first_signed_comment() -> None:
    """Susan Watts's blog, 25 April 2009: 36 "At HH:MM <date>, NAME wrote:" comments under a 3,300-character post."""
    article = _clean("H1N1_bbc", "558")
    assert "Dr Alan Hay, director of the World Influenza Centre" in article.text
    assert article.text.endswith("as well as the new flu virus.")
    assert " wrote:" not in article.text and "house rules" not in article.text
    (thread,) = _removed(article, "comment_thread")
    assert thread.startswith("At 12:19 26th Apr 2009, barriesingleton wrote:")
    assert len(comment_stamps(thread)) == 36


def test_the_am_on_form_and_a_names_with_spaces_are_stamps() -> None:
    text = _texts("haiti_bbc")["1113"]
    stamps = [text[s : s + 40] for s in comment_stamps(text)]
    assert stamps[0].startswith("At 11:45 pm on 13 Jan 2010, SheffTim")
    assert any(s.startswith("At 6:53 P.M. on Jan 13, 2010, Jessica") for s in stamps)


def test_a_cnn_thread_is_cut_at_its_first_reply_stamp() -> None:
    """A CNN blog poll page, 21 March 2011: 97 "March 21, 2011 at 2:20 pm | Reply" stamps follow the post."""
    article = _clean("LibyaWar_cnn", "112")
    assert "| Reply" not in article.text and "Report abuse" not in article.text
    (thread,) = _removed(article, "comment_thread")
    assert thread.startswith("March 21, 2011 at 2:20 pm | Reply")
    # the stamp follows its comment, so the first comment is left above the cut: nothing marks where it starts
    assert article.text.endswith("when we rule in favor or against one of the two warring parties.")


def test_a_reuters_blog_thread_is_cut_at_its_report_as_abusive_stamp() -> None:
    """Reuters' blogs, 2011: "Posted by NAME | Report as abusive" follows each post (LibyaWar_reuters 179: 2 stamps
    under a 220-sentence column, 57 sentences of posts and the blog's furniture were kept before v8)."""
    article = _clean("LibyaWar_reuters", "179")
    assert "Report as abusive" not in article.text and "Deathistan" in article.text
    (thread,) = _removed(article, "comment_thread")
    assert thread.startswith("Posted by breezinthru | Report as abusive Thank you for finally stating")
    assert len(comment_stamps(thread)) == 2
    assert "What a relief -- finding a blog and commentary where people can spell." in thread


def test_a_reply_reprinting_a_posts_stamp_starts_the_cut() -> None:
    """Reuters' blogs, 2009: the thread's own stamps are lost, but a reply re-prints the one it answers ("Re: Posted
    by Jason-May 1st, 2009 -- 4:59 pm GMT I agree with you: …"); the reply's next sentence was a fact "across 3
    sources" of the H1N1_reuters brief. Posts above the reply stay (nothing marks where the thread starts)."""
    article = _clean("H1N1_reuters", "679")
    (thread,) = _removed(article, "comment_thread")
    assert thread.startswith("Re: Posted by Jason-May 1st, 2009 -- 4:59 pm GMT I agree with you")
    assert "perhaps equally, if not more important jason" not in article.text
    last = "It's all hype to focus attention elsewhere away from what our elected officials are doing."
    assert article.text.endswith(last)
    assert "it won't hurt us all to take a deep breath now." in article.text


def test_an_article_saying_something_was_posted_keeps_it() -> None:
    text = "The video was posted by a user on YouTube on May 1, 2009. It showed the square -- 4:59 pm GMT, they said."
    assert split_comments(text) == (text, None)


def test_a_cafferty_file_thread_is_cut_at_its_first_piped_stamp() -> None:
    """CNN's Cafferty File, 1 March 2011: readers' answers, each signed and stamped "March 1, 2011 at 5:58 pm |" with
    no link after the bar, were facts of a Libya brief ("We came to the aid of Iraq and Afghanistan, and the people
    there arguably, hate us more now.")."""
    article = _clean("LibyaWar_cnn", "336")
    (thread,) = _removed(article, "comment_thread")
    assert thread.startswith("March 1, 2011 at 5:58 pm | I may go as far as putting In a No fly-Zone")
    assert "hate us more now" not in article.text and "at 6:20 pm |" not in article.text


def test_one_piped_stamp_is_no_thread() -> None:
    """A post may print its own time as "<date> at <time> |"; only a second stamp makes a thread."""
    text = "March 1, 2011 at 5:58 pm | Jack Cafferty asks whether the U.S. should intervene in Libya. It should not."
    assert comment_stamps(text) == []
    second = f"{text} Tom, Ohio March 1, 2011 at 6:20 pm | No."
    assert comment_stamps(second) == [0, second.index("March 1, 2011 at 6:20")]


def test_a_political_ticker_thread_is_cut_at_its_first_stamp() -> None:
    """A CNN Political Ticker post, 28 January 2011: each comment ends "January 28, 2011 07:10 pm at 7:10 pm |", and
    the ticker's sidebar ("Rove and Trump 'all good Republicans,' says McDonnell - wp.") follows the thread; both
    were facts of a fresh export's brief "across 3 sources"."""
    article = _clean("EgyptianProtest_cnn", "117")
    assert "pm at" not in article.text and "Rove and Trump" not in article.text
    (thread,) = _removed(article, "comment_thread")
    assert thread.startswith("January 28, 2011 07:10 pm at 7:10 pm |")
    assert article.text.endswith("We are still in 2 wars and please advise but keep our troops out of it.")


def test_an_inside_the_middle_east_thread_is_cut_at_its_first_eastern_stamp() -> None:
    """CNN's Inside the Middle East blog, 24 February 2011: 16 comments stamped "February 25th, 2011 4:07 am ET"
    under the post; one, "The people of the Middle East have a great love for the United States.", was a summary
    line of a LibyaWar_cnn brief."""
    article = _clean("LibyaWar_cnn", "389")
    (thread,) = _removed(article, "comment_thread")
    assert thread.startswith("February 25th, 2011 4:07 am ET I just that the C.I.A. is not involved this time.")
    assert "great love for the United States" not in article.text and " am ET" not in article.text
    assert "Misrata - also spelled as Misurata - is now in the hands of the opposition" in article.text


def test_one_eastern_stamp_is_no_thread() -> None:
    """A lone "<ordinal date> <time> ET" may be the page's own; a Reuters header has no ordinal."""
    text = "February 2nd, 2011 2:23 pm ET Protesters filled the square. Police withdrew from the bridge."
    assert comment_stamps(text) == []
    assert comment_stamps("WASHINGTON | Mon Mar 2, 2009 4:23 pm EST. Mar 3, 2009 5:00 pm EST") == []
    second = f"{text} February 2nd, 2011 2:40 pm ET They will be back."
    assert comment_stamps(second) == [0, second.index("February 2nd, 2011 2:40")]


@pytest.mark.parametrize(
    ("folder", "page", "quoted"),
    [
        ("SyrianCrisis_bbc", "40", "in his first official blog from Damascus, wrote:"),
        ("H1N1_guardian", "845", "In a newspaper column, the former Cuban leader wrote:"),
        ("LibyaWar_cnn", "270", "To his sons,"),
    ],
)
def test_an_article_quoting_what_someone_wrote_is_not_cut(folder: str, page: str, quoted: str) -> None:
    text = _texts(folder)[page]
    assert " wrote:" in text and comment_stamps(text) == []
    assert split_comments(text) == (text, None)
    article = _clean(folder, page)
    assert quoted in article.text and not _removed(article, "comment_thread")


def test_a_page_updated_stamp_is_not_a_thread() -> None:
    """ "Last updated: 14 January, 2010 - 17:26 GMT" has the shape of BBC's comment stamps but heads the page."""
    text = _texts("haiti_bbc")["1504"]
    assert text.startswith("Last updated: 14 January, 2010 - 17:26 GMT")
    assert comment_stamps(text) == []


def test_a_comment_policy_line_glued_to_the_form_prompt_goes() -> None:
    """BBC, 4 May 2009: "Send us your comments and experiences using the form below: A selection of your comments
    may be published …" is one sentence to the splitter; it goes whole, the article around it stays."""
    article = _clean("H1N1_bbc", "583")
    assert "selection of your comments" not in article.text and "may edit your comments" not in article.text
    policy = _removed(article, "comment_policy")
    assert any(p.startswith("Send us your comments and experiences using the form below: A selection") for p in policy)
    assert "swine flu" in article.text


def test_a_template_glued_on_most_of_its_pages_is_still_found() -> None:
    """Reuters's "We welcome comments that advance the story …" stands alone on two of the first 40 Libya pages;
    on the others the splitter glued it to the credits before it ("… Editing by Angus MacSwan) We welcome …").
    Counted whole only, it was on too few pages to be a template; counted inside longer sentences, every copy is."""
    pages = [dataclasses.replace(a, source="Reuters") for a in load_articles(T17 / "LibyaWar_reuters")[:40]]
    line = "We welcome comments that advance the story through relevant opinion, anecdotes, links and data."
    alone = [a for a in pages if any(s.text == line for s in a.sentences)]
    holding = [s.text for a in pages for s in a.sentences if line in s.text]
    assert len(alone) < min_holders(len(pages)) <= len(holding)
    by_id = {a.id: a for a in pages}
    withheld = [by_id[aid].sentences[i].text for aid, i in template_sentences(pages)]
    assert sorted(t for t in withheld if line in t) == sorted(holding)


def test_a_closed_debate_notice_starts_the_cut_unless_it_heads_the_page() -> None:
    """Have Your Say, 2009: the comments under "This debate is now closed." carry no stamp, only "Name, Town"
    signatures. In 2010 the notice heads the page, above the debate's intro, and "Added: <date>, <time>" stamps
    the comments."""
    debate = _clean("H1N1_bbc", "278")
    assert debate.text.endswith(
        "Send your pictures of deserted areas in Mexico to yourpics@bbc.co.uk or text them to +447725100100."
    )
    assert _removed(debate, "site_address") == ["If you have a large file you can upload here."]  # clean.address
    assert "The World Health Organization says countries must not lower their guard" in debate.text
    (thread,) = _removed(debate, "comment_thread")
    assert thread.startswith("This debate is now closed. The extensive media coverage of swine flu")
    headed = _clean("haiti_bbc", "1476")
    assert "Senegal's President Abdoulaye Wade has called Haitians sons and daughters of Africa." in headed.text
    assert "Added:" not in headed.text and "debate is now closed" not in headed.text
    (thread,) = _removed(headed, "comment_thread")
    assert thread.startswith("Added: Tuesday, 19 January, 2010, 18:32 GMT")
    assert _removed(headed, "comment_policy") == ["This debate is now closed."]


def test_an_unstamped_thread_between_the_policy_line_and_the_closed_notice_goes() -> None:
    """Reuters, 21 February 2011: readers' posts carry no stamp, but sit between "Views expressed in the comments
    do not represent those of Reuters." and "This discussion is now closed."."""
    article = _clean("LibyaWar_reuters", "163")
    assert "Libya is Africa's fourth biggest oil exporter" in article.text
    assert "united states should cut all relationships with Libya" not in article.text
    (thread,) = _removed(article, "comment_thread")
    assert thread.startswith("Views expressed in the comments do not represent those of Reuters. but they have")
    assert "This discussion is now closed." in thread


def test_unstamped_comments_closing_a_page_go_and_the_article_stays() -> None:
    """A CNN opinion page (LibyaWar_cnn 102): its author's note, then two readers' posts and no stamp."""
    article = _clean("LibyaWar_cnn", "102")
    (tail,) = _removed(article, "comment_tail")
    assert tail.startswith("Like I said before, only a stupid, crazy, amoral fool would say")
    assert tail.endswith("I say a Libya for the Libyans!!!")
    assert article.text.endswith("The views expressed in this article are solely those of James Lindsay.")


def test_a_thread_typed_in_capitals_and_text_speak_is_cut_after_the_articles_lead() -> None:
    """EgyptianProtest_cnn 92: three sentences of a story, then 40 readers' posts (capitals, "iam", "u", "btw")."""
    article = _clean("EgyptianProtest_cnn", "92")
    (tail,) = _removed(article, "comment_tail")
    assert tail.startswith("THE PEOPLE WANT DEMOCRACY AND TRUTH")
    assert "thats why i understand why someone could finish his life" in tail
    assert "Witnesses saw security forces harassing journalists and photographers." in article.text


def test_a_news_page_and_a_transcript_keep_their_ends() -> None:
    """No informal run at the end of a wire story or a CNN transcript: nothing is cut."""
    for folder, page in (("H1N1_reuters", "1183"), ("EgyptianProtest_cnn", "189")):
        assert not _removed(_clean(folder, page), "comment_tail")


def test_a_have_your_say_debate_is_cut_at_the_notice_that_readers_posts_follow() -> None:
    """H1N1_bbc 408, 2 May 2009: the debate's question and intro, a notice ("We will aim to publish as many of your
    views as we can."), then 460 sentences of readers' posts with no stamp; one, "You never know... Swine flu is a
    cause of concern to the world.", was a summary line of a brief."""
    debate = _clean("H1N1_bbc", "408")
    assert debate.sentences[0].text == "How can we avoid a swine flu pandemic?"
    assert "raised the alert over swine flu from level four to level five" in debate.text
    assert "You never know" not in debate.text and "spreading panic BBC" not in debate.text
    (thread,) = _removed(debate, "comment_thread")
    assert thread.startswith("We will aim to publish as many of your views as we can. We apologise")
    assert thread.endswith("Your comments may be published on any BBC media worldwide.")


def test_an_article_with_a_selection_of_comments_below_it_keeps_the_article() -> None:
    """haiti_bbc 174: a philosopher's essay, then "Below is a selection of your comments." and the readers'."""
    article = _clean("haiti_bbc", "174")
    assert article.text.endswith("David Bain is a lecturer in the philosophy department of the University of Glasgow.")
    (thread,) = _removed(article, "comment_thread")
    assert thread.startswith("Below is a selection of your comments. As an Anglican,")


def test_a_form_saying_comments_may_be_published_is_no_thread() -> None:
    """The comment form under a BBC article ("A selection of your comments may be published, displaying your name and
    location …") follows the article; it is a policy line, not the start of a thread."""
    text = _texts("H1N1_bbc")["583"]
    assert "A selection of your comments may be published" in text
    assert split_comments(text) == (text, None)


def test_the_bbc_comment_forms_sign_in_line_goes_when_cut_off_the_house_rules() -> None:
    """SyrianCrisis_bbc 289: "Sign in with your BBC iD, or Register to comment and rate comments All posts are
    reactively-moderated and must obey the house rules." is two lines the glue rule cuts apart; both are the form's."""
    article = _clean("SyrianCrisis_bbc", "289")
    assert not any("Register to comment" in s.text for s in article.sentences)
    assert any("Register to comment" in r for r in _removed(article, "comment_policy"))


def test_a_reader_poll_with_the_comment_policy_after_it_starts_the_cut() -> None:
    """Reuters, 21 March 2011 (LibyaWar_reuters 42): a poll ("Do you support …? Yes I support the air strikes No I do
    not support …") above some 80 sentences of readers' posts with no stamp, and the comment policy at the page's
    end; two of the posts were "Only in one source" lines of a brief (clean.document v22)."""
    article = _clean("LibyaWar_reuters", "42")
    assert article.text.endswith(
        "The intervention is the biggest against an Arab country since the 2003 invasion of Iraq."
    )
    assert "saddens me" not in article.text and "arab nations taking the lead" not in article.text
    (thread,) = _removed(article, "comment_thread")
    assert thread.startswith("Do you support the U.N.-mandated intervention in Libya? Yes I support the air strikes")


def test_a_yes_no_question_without_a_comment_system_is_no_thread() -> None:
    """A poll alone may be the page's own ("Should the city ban cars? Yes … No …" as an article's survey)."""
    text = (
        "The council met on Monday. Should the city ban cars from the centre? Yes say most residents, No say the"
        " shopkeepers, and the vote is next week."
    )
    assert split_comments(text) == (text, None)
