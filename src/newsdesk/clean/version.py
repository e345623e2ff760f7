"""The cleaner version string: which cleaning rules (and which HTML extractor) produced a stored article.

A stored article is keyed by the hash of its *raw* record, so re-reading the same file after an upgrade
finds it stored. Without a version its text and sentences would stay those of the old cleaner forever: the
brief would cite sentences the new rules split, cut or keep differently. The pipeline stores this string
with every article and cleans a record again when the stored article was cleaned by another version
(``pipeline._unstored``). Bump ``ALGORITHM`` whenever ``clean_document``'s output changes; the
fingerprint test in ``tests/clean/test_version.py`` fails until you do.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version

# v3: a live page's four-digit entry stamps ("1403 The UN …"), "(Update 3 p.m. Cairo, 8 a.m. ET)" and "LIBYA, 6:07
# p.m. ET, 1:07 a.m. local:" stamps cut, an embedded player's notices and a story's closing contributor credit dropped
# (``boilerplate``), CNN Political Ticker threads ("January 28, 2011 06:33 pm at 6:33 pm |") cut (``comments``), and CNN
# blog threads stamped "March 1, 2011 at 5:58 pm |" cut when a page has two such stamps (``comments``).
# v4: a headline or caption glued to the sentence after it is cut off it (``glue.split_glued``);
# and a date/byline header run into the lead of text-only input cut ("January 25, 2011 | By Amir Ahmed, CNN …",
# "By Owen Bennett-Jones BBC News, Guvecci …", a blog's "Susan Watts | 18:00 UK time, …"), its credit naming the
# outlet; a bare "(CNN) --" dateline (opening the text or after its highlights) and "(CNNMoney) --" cut; a
# transcript's network read from its anchor's label ("DON LEMON, CNN ANCHOR:") (``metadata``);
# and unstamped reader comments closing a page cut (``comments.drop_comment_tail``), and the page addressing its reader
# about the site, its promos for itself, a show's schedule lines and poll buttons dropped (``address``).
# v5: a caption or headline glued after a name or a closing quote cut off the next sentence ("… in the UK Two more
# people …"; ``glue``), an ellipsis before a capitalised clause ends a sentence (``sentences``), a clip's caption
# dropped ("The BBC talks to people in Mexico City about the flu outbreak."; ``boilerplate``), and a thread cut at the
# notice that readers' comments follow or at a closed notice the last post runs into (``comments``).
# v6: a headline or caption glued before a quantifier, a possessive or a clause opener ("… close UK school Another nine
# UK cases …", "… Haiti quake Some online donations …"), before a number word ("… Wednesday Ninety-five new …") or
# after a number ("The influenza pandemic of 1918 The current …", "updated: Wed Jan 19 2011 12:57:00 The ouster …"), and
# a heading in capitals ("GADDAFI IS TOPPLED, FLEES ABROAD Djebbar said …") cut off the next sentence (``glue``); a
# comment form's "Register to comment" line dropped (``comments``).
# v7: a clip's caption opening "<name> discusses/describes/explains/examines/looks at/reports on …" dropped ("CNN's Ben
# Wedeman discusses the significance of Saif al-Islam Gadhafi's capture."; ``boilerplate``), and CNN blog threads
# stamped "February 25th, 2011 4:07 am ET" cut when a page has two such stamps (``comments``).
# v8: (threads) a Reuters blog's comment stamp "Posted by NAME | Report as abusive", and "Posted by NAME-May 1st,
# 2009 -- 4:59 pm GMT" (also re-printed by a reply as "Re: Posted by …"), start the cut of a thread (``comments``).
# and (headglue): a headline or caption glued before an opener and a capitalised compound ("homeless A Cornwall-based
# …"), before any capitalised word after a closed quotation ("… Haiti mission' The IRC are …") or a speaker's quoted
# caption ("Ban Ki-moon: '…' UN officials said …"), before an ordinary word the document writes in lower case ("… are
# missing Officials in Bangladesh …") or before initials opening a name the head restates ("… earthquake statement US
# President Barack Obama has vowed …") cut off the next sentence (``glue``).
# v9: a caption or headline ending on a place, then a lead opening with "The"/"A"/"An" and a capitalised word ("BBC
# reporter on the ground in Port-au-Prince The US is mounting …"), cut off the lead (``glue``).
# v10: a headline or caption ending on the page's place, after a preposition or a verb in the present, then a lead
# opening with an ordinary word ("In pics: Powerful quake hits Haiti Large areas of …"), cut off the lead; a word the
# page never writes in lower case counts as ordinary when WordNet has it as an adjective, adverb or participle
# (``glue``, ``lexicon``).
# v11: a page listing three or more other stories' teasers, each stamped "updated: Fri Apr 01 2011 21:00:00" (CNN's
# topic pages), is rejected as a listing, not an article (``boilerplate.listing_teasers``).
# v12: a page's own time stamp between its headline and its lead ("… reaches 13 Friday 1 May 2009 15.49 BST Graeme
# Pacitti, …", "… 14 August 2012 Last updated at 10:46 GMT Help Former Syrian PM …", "… updated: Wed Jun 06 2012
# 23:03:00 The United States …") is cut out of both and dropped (``stamps``, ``boilerplate``); a caption ending on a
# place after "of" and a word for a place ("… access the town of Douma Activists in Syria say …") is cut off the lead
# as v10 cuts one after a preposition (``glue``).
# v13: a lead opening with "A"/"An"/"The"/"My" … and an age or a measure ("… free the trapped man A 24-year-old man has
# been rescued …", "… via social media The 20-minute long daily broadcast …") is cut off the caption before it, as v6
# cuts one before a lower-case word (``glue``).
# v14: a headline or caption ending on a phrasal verb's particle, a place adverb or an object pronoun ("… rescue
# operation declared over A 23-year-old man …", "… agrees to step down The only guard …"), or on an operator before a
# subject pronoun ("… as best I could There were …"), is cut off the lead (``clause_ends``, ``glue``); a Reuters
# instrument code cut at its full stop ("… Blackstone Group (BX." / "N) has more than 1,300, …") is one sentence again
# (``sentences``).
# v15: a live page's entry stamp that is a clock time alone in brackets ("(10:55 a.m. ET) Four thousand flights …",
# "(12:26 p.m. Monday ET, 6:26 p.m. Monday in Libya) Libyan leader …") is taken out where it opens a sentence, as
# "(Updated 2:56 p.m. …)" is (``boilerplate``).
# v16: a headline or caption ending on a phrasal verb's particle or an object pronoun before an ordinary word of the
# page opening the lead ("Alleged Libyan rape victim speaks out Facing threats, al-Obeidy speaks out", "… no intention
# to step down End to the 48-year-old emergency law") is cut off the lead (``clause_ends.particle_cuts``, ``glue``);
# a promo opening with "Follow" or "Find out" is cut off the lead glued after it at its first lower-case content word
# before a word of the page that is no name ("Follow the latest updates on the spread of the virus The Health
# Protection Agency is working …"; ``reader.split_furniture``, ``align.reader_address.v7``).
# v17: a headline opening with a kicker ("Swine flu: pandemic threat alert raised The British couple being treated …")
# cut off a lead opening with "The"/"A"/"An" and a capitalised word (``kickers``, ``glue``); a promo glued after text
# ("CNN's Reza Sayah contributed to this report Watch Anderson Cooper 360 …") cut off it (``reader.split_furniture``);
# and of a sentence printed twice, the copy with its end mark kept when the first has none (a pull quote or a reader's
# comment printed above the text: "The embassy in Haiti is overcrowded and they won't pay any attention to us"); a
# photo credit run into the text ("Photograph: Miguel Tovar/AP Health officials across the world …") cut off it at its
# agency (``credits``).
# v18: a kicker's headline ending on its attribution (", says Panetta", "- UN") cut off a lead opening with
# "The"/"A"/"An" and a capitalised word, and one ending on a lower-case word cut off a lead or caption opening with a
# name and a verb ("Egypt protester: My life is in danger Mubarak was a Soviet-trained pilot …") when that is the
# sentence's first cut (``kickers``, ``glue``); a photo credit naming the photographer only ("Picture: Yael Talleyrand
# About 10,000 people …") or in brackets ("(Photo: American Red Cross) He said Haiti …") cut off the text (``credits``).
# v19: a list's bullet that reached the text as the word "cents" (the Guardian's, on Timeline17's H1N1_guardian: "The
# worst affected are; cents Mexico: … cents US: 2 deaths, 279 confirmed cases.") made the line break it stood for, so
# each item is a line of its own and a head no longer opens the sentence after it (``normalize.repair_bullets``); an
# appeal's line ending on a phone number cut off the sentence glued after it ("… or by telephoning 0370 60 60 900 |
# British Red Cross staff …"; ``desk.split_phone_lines``), so that withholding the line keeps the sentence.
# v20: a teller's label in capitals opening a sentence ("ISABELLE JEANSON, MEDECINS SANS FRONTIERES I had the scare of
# my life …", "MENDJI BAHINA SANON, 11-YEAR-OLD GIRL Mendji Bahina Sanon was pulled out …") and a caption before a lead
# opening with its day ("… in the arms of a rescuer On Sunday, five days after …") cut off the text (``captions``,
# ``glue``).
# v21: a Reuters factbox's "*" bullet after a sentence's end or a subhead in capitals taken out ("… went bankrupt. * The
# Asian flu killed …"; ``normalize.repair_bullets``), so that no sentence ends on it ("… in more people. *").
# v22: an HTML page's DOCTYPE internal subset ("<!DOCTYPE html [<!ENTITY b …>]>") taken out before extraction and the
# references to what it declared ("&b;", "&xxe;") out of the text (``html``); a reader poll ("Do you support …? Yes I
# support … No I do not …") with a comment system's line after it starts the comment thread's cut (``comments``); a
# caption or headline glued before a lead opening with a connective adverb and its comma ("… anti-government protests
# However, the allegations …") cut off it (``connectives``, ``glue``).
# v23: a caption or headline ending on a lower-case content word glued before a lead opening with "The", a capitalised
# word and a lower-case one ("Scary end to Nile cruise The Kelleys had been isolated …") cut off it, unless a verb of
# saying or a word introducing a title comes before "The" ("told The Guardian newspaper") or the page writes the name
# after a lower-case word twice (``named_leads``, ``glue``).
# v24: a BBC pull quote's "End Quote" name and title cut off the sentence after it ("… detained and tortured" End Quote
# William Hague British foreign secretary | Riyadh certainly has an interest …"; ``pull_quotes``, ``glue``).
ALGORITHM = "clean.document.v24"


@cache
def cleaner_version() -> str:
    """E.g. ``clean.document.v1+trafilatura==2.3.1``: trafilatura's version is part of it, since the main
    text of an HTML page is its extraction."""
    try:
        extractor = version("trafilatura")
    except PackageNotFoundError:  # pragma: no cover - a dependency of the package
        extractor = "none"
    return f"{ALGORITHM}+trafilatura=={extractor}"
