"""Batch 124: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

18 documents (7 appeal, 11 negative; EN): our own paraphrases of every document of the local-only
real probe 104 (18 documents). Each keeps the real page's structure (a daily news-roundup newsletter
with a doubled title line, a photo-caption line and an "In the states…"-style section line; a
republished statehouse story with byline and date lines and a newsletter sign-up line between
paragraphs; an AP-datelined TV-station brief with a two-line app-download footer; a republished
long-read with a date-and-outlet line, a dek, a word glued to the one before it and a support
paragraph cut off mid-word; a newsletter's year-in-review with a "Discover more from" chrome line,
section headings, a URL in parentheses and a one-line "neat, subscribe" aside; a republished
newsroom announcement with "•" bullet lines and a last sentence cut off; a letter to the editor with
name and town lines and a comment-widget sign-in block) and exactly what the real gold marks: a
two-line "members-only edition / only paying subscribers can read all of it" paywall notice under the
title; a one-line capitalised newsletter sign-up line in the middle of a story; a two-line "download
our news app / watch live, get alerts" footer; a whole paragraph saying paid subscribers keep the
reporting free, cut mid-word; the "Discover more from" chrome line, a "welcome, sign up here or read
on" paragraph and a parenthetical "subscribe here" aside at the end of a line; a parenthetical "to sign
up for the new weekly newsletter, click here" at the end of a bullet line; a two-line "join the
discussion / sign in to your account, register or subscribe" comment block (the letter writer's own
recommendation to subscribe to a historian's free newsletter stays text). Negatives keep what makes
the real ones hard: a voter's guide to looking up campaign donations and contribution limits; an
opinion column on a party wanting its own copy of the outlet, with newspaper-desert numbers; a
community foundation's disaster relief fund with its donation URL and seed money; a school coin drive
and other relief fundraisers with their totals; a food bank's plea relayed as news; a newsletter
writer's own subscriber, paid-share and Discord figures; a toy drive's shortfall and drop-off hours; a
TV station's charity campaign totals and online donation options; a statehouse vote on PAC-to-PAC
transfers and spending caps; a public broadcaster's press release on a lead gift; a city's answer to
charities' last-minute appeal for toys and coats.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch124` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch124.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 104: appeal documents ----------------------------------------------------------------

_CLINICWIRE_PAYWALL = "\n".join([
    "Members-only edition",
    "This whole edition can be read in full only by paying members of Clinic Access Daily",
])

_DELTALEDGER_SIGNUP = "SIGN UP FOR OUR DAWN BRIEFING."

_WKRV_APP = "\n".join([
    "Want more local reporting that affects your family? Tap here to get the free WKRV 9 News app.",
    "Stream our newscasts, catch breaking stories and turn on instant alerts – install it today",
])

_CINDERDESK_SUPPORT = (
    "Cinder Desk can publish reporting like this one, along with dispatches filed from Darfur, "
    "Khartoum, Port Sudan, and across the border in Chad, only because paid subscribers stand behind "
    "us. We have promised that none of our journalism will ever sit behind a paywall. Yet the one way "
    "we can keep that promise going is if enough of our readers choose to chip in and back the wo"
)

_TOLL_CHROME = "Discover more from TOLL by Dana Rourke"

_TOLL_WELCOME = (
    "Hello and welcome to TOLL, a newsletter on who really sets the prices we all pay. If you want it "
    "in your inbox, sign up right here. Otherwise, keep scrolling…"
)

_TOLL_ASIDE = "(Also, you can subscribe right here!)"

_COURIER_SIGNUP = "(Want The Recess Bell in your inbox? Sign up here.)"

_KVDAILY_COMMENTS = "\n".join([
    "Join the Discussion",
    "Log in with your KennebecValleyDaily.example account to take part in the comments below. No account yet? Register or buy a subscription. Need help? Read our FAQs.",
])


PROBE104_APPEALS = [
    _doc("b124-clinicaccessdaily-roundup-paywall-top", "appeal", "top",
         "Invented; modelled on Abortion, Every Day (Substack daily roundup with a paid-episode notice under the title)", "en", [
             "Clinic Access Daily (10.06.22)",
             _CLINICWIRE_PAYWALL,
             "Clinic Access Daily (10.06.22)",
             "Oklahoma patient sent home from ER twice while miscarrying, husband says",
             "Marchers outside the capitol in Oklahoma City last month",
             "Around the states…",
             "The accounts just don't stop. A 31-year-old woman near Lawton was turned away from two emergency rooms while she was actively miscarrying, her husband told a regional newspaper. He said staff warned that they could not step in until she was \"sick enough,\" and she later spent three days in intensive care with sepsis.",
             "Her husband says that when he pressed a nurse on what \"sick enough\" meant, he was told, \"Fever, then shock. Then we can call it an emergency.\"",
             "Meanwhile in Tulsa, clergy and volunteers held a candlelight walk on Saturday for the patients who have had to leave the state. Seeing the pictures wrecked me.",
             "A fresh Pennsylvania survey finds that reproductive rights rank near the top of voters' worries, and 58% disagree with the court's ruling. (Worth repeating: teenagers have already had to cross several state lines to find a clinic.)",
             "In Wisconsin, state Attorney General candidate Peter Halvorsen is defending an 1849 statute in court, arguing it still governs today. Also in the state, a long profile in a Madison weekly follows state senate hopeful Renata Dusek and her campaign built around clinic access.",
             "Georgia state Rep. Talia Monroe took her colleagues apart on the House floor this afternoon during a hearing on coverage for military families:",
             "One more from Georgia: candidates there keep scrubbing their old positions from their campaign websites.",
         ], appeals=[_CLINICWIRE_PAYWALL]),
    _doc("b124-deltaledger-lobbying-disclosure-middle", "appeal", "middle",
         "Invented; modelled on Louisiana Illuminator (republished statehouse story with a newsletter sign-up line mid-text)", "en", [
             "Mississippi lobbyists could soon report far less about who pays them and how much",
             "by Corinne Latimer, Delta Ledger",
             "March 11, 2025",
             "State legislators may sharply narrow what the public can learn about paid lobbying at the capitol through a broad overhaul of Mississippi's lobbyist registration statute.",
             "Lt. Gov. Wesley Harlan is backing Senate Bill 2214, carried by Senate Majority Whip Dale Pruitt, R-Tupelo. The measure adds several exemptions that would let firms and their clients skip listing certain payments and gifts on the quarterly reports anyone can read online.",
             "Even people who work with lobbying rules every day say the 88-page bill is hard to follow. Lawyers for the Secretary of State's office, which collects the reports, concede that parts of it leave them puzzled.",
             "\"Frankly, we are going to need a long runway before anyone knows how this works,\" Elections Director Martha Quinby said while walking a legislative panel through the proposal in February.",
             _DELTALEDGER_SIGNUP,
             "Two outside lawyers, Garrett Olin and Frances Vick, drafted much of the language. Both have represented Harlan in earlier fights with the Secretary of State's office, among them a dispute over late gift filings.",
             "Olin has argued the bill protects the right to petition government while still keeping the system open and \"guarding against any hint of favoritism.\"",
             "The state's best-known good-government group sees it differently. The Magnolia Civic Research Institute (MCRI) has announced its opposition, warning that the changes would help insiders and give ordinary residents almost nothing.",
             "\"This is a huge piece of legislation, and nobody has explained to me what is actually broken,\" MCRI Executive Director Lionel Ashby told a Senate committee last week.",
         ], appeals=[_DELTALEDGER_SIGNUP]),
    _doc("b124-wkrv9-flood-relief-fund-app-end", "appeal", "end",
         "Invented; modelled on CBS 17 (AP-datelined TV-station brief ending in a two-line app-download footer)", "en", [
             "COLUMBIA, S.C. (AP) – Gov. Helen Marbury's office reports that gifts to South Carolina's Flood Recovery Fund since last autumn's river flooding have climbed past $4 million.",
             "Marbury thanked givers on Thursday during a visit with displaced families and volunteer groups in the hardest-hit river towns.",
             "The recovery fund has collected $4.2 million from more than 11,000 donors since the floodwaters rose in October 2023. Most of the gifts came from families, churches, employers, local shops, civic clubs and charitable trusts.",
             "According to a statement from the governor, the money has covered temporary housing, repairs to damaged homes and replacement furniture and appliances through grants passed on to charities and neighborhood associations.",
             "The Palmetto Heritage Trust and the Coastal Plains Giving Circle handle the grants for the recovery fund.",
             _WKRV_APP,
         ], appeals=[_WKRV_APP]),
    _doc("b124-cinderdesk-sudan-archivists-support-end", "appeal", "end",
         "Invented; modelled on Drop Site News (republished long-read ending in a paid-subscriber support paragraph cut mid-word)", "en", [
             "Friday, 14 February 2025 — Cinder Desk",
             "How volunteers are racing blackouts and deleted accounts to keep a record of Sudan's war.",
             "For nearly two years, outsiders have mostly looked away whileSudanese civilians have filmed and posted, often on their own phones, a war that has emptied whole cities and driven millions from their homes. Dozens of reporters and photographers have been killed or detained, and foreign crews are rarely allowed past the front lines. As people inside the country have tried to tell the rest of the world what is happening, they have faced shelling, checkpoints and arrests, and also platforms that quietly remove their footage under vague content rules, wiping away evidence that may never be recovered. Working through power cuts and phone networks that vanish for weeks at a time, a loose network of students, teachers, doctors and amateur archivists has kept copying files onto hard drives, smuggling them out and cataloguing every clip. They do all of this while the fighting closes in around them.",
             "Amira Saleh—a freelance investigative reporter who has won the Livingston Award and a duPont-Columbia citation—brought Cinder Desk the account of Sudanese volunteers who have put themselves in danger to record the killings and ruin spread across the country since April 2023. The exiles in Nairobi and Cairo who store that material face threats and surveillance of their own, with almost no institutional help. It is a lengthy piece, and we think every paragraph earns its place.",
             _CINDERDESK_SUPPORT,
         ], appeals=[_CINDERDESK_SUPPORT]),
    _doc("b124-toll-yearinreview-newsletter-top-middle", "appeal", "top+middle",
         "Invented; modelled on BIG by Matt Stoller (Substack year-in-review with chrome line, welcome sign-up paragraph and a subscribe aside)", "en", [
             _TOLL_CHROME,
             "Looking Ahead to 2024 in the Fight Over Prices",
             "What did we manage last year? What is on the docket for the next one? And how is TOLL holding up?",
             _TOLL_WELCOME,
             "I launched this newsletter about three years ago to help a scattered group of people fighting price gouging find each other, right around the time my book, Rent on Everything: How Middlemen Quietly Took Over the American Bill, came out. My hunch was that some readers wanted steady writing about who controls prices. That hunch held up! So let's look back at what happened and think about what's next.",
             "First, though, if you're after something on particular industries, here are a few shorter pieces from the past month.",
             "(Not every post goes out by email, since I'd rather not flood anyone's inbox. The full archive always lives at https://tollnews.example.com)",
             "Okay, onward…",
             "By the Numbers",
             "Let's begin with the figures. By the close of 2023, 41,260 readers were on the TOLL list. A year earlier it was 28,904, and at the end of 2021, our first year, it was 12,115. We published 114 posts, read about 2.7 million times altogether. TOLL now turns up in regulatory filings and in national coverage, and it circulates among consumer advocates in a dozen countries.",
             "On top of that, after almost three years of giving everything away, we launched a paid tier. More than 1,700 of you have joined as paying members so far. That money now covers a fact-checker and a couple of freelance contributors, and we want to widen what we cover. Paying members also get a private forum, where threads range from hospital billing codes to a cartel in the cement trade. Above all, your support means I can keep writing exactly what I find without answering to anyone.",
             "Not bad. " + _TOLL_ASIDE,
             "The Big Five",
         ], appeals=[_TOLL_CHROME, _TOLL_WELCOME, _TOLL_ASIDE]),
    _doc("b124-gulfbendcourier-schools-desk-newsletter-middle", "appeal", "middle",
         "Invented; modelled on Houston Landing (republished newsroom announcement with bullet lines and a sign-up aside, cut off)", "en", [
             "Gulf Bend Courier expands schools desk to cover 4 districts and 2 community colleges",
             "Ever since the Gulf Bend Courier went live two springs ago, one thing has stood out: people here care deeply about their schools.",
             "Tens of thousands of readers have come to us over the last 20 months, following our coverage of the district's bruising budget fight, the closure of three neighborhood elementary schools and the struggle to keep bus drivers and counselors on staff. Many of you have told us you bring our stories to board meetings and share them with other parents.",
             "So here is our promise to you.",
             "Beginning this week, the Courier is growing and reorganizing its schools coverage so we can offer more thorough reporting for students, parents and local leaders trying to make sense of a confusing system.",
             "Here is how we plan to do it:",
             "• Building a schools desk of three reporters — one more than before — plus a new community editor who will turn our reporting into videos, posts and explainers so it reaches more families.",
             "• Focusing on four districts (Gulf Bend, Port Alder, Saltmarsh and Cedar Flats) and the area's two biggest community colleges (Gulf Bend College and Bayview Technical Institute).",
             "• Writing more about the things that shape children's and college students' lives, from pre-K enrollment and reading scores to career training and financial aid.",
             "• Publishing more often, with two recurring weekly features that start this week and a weekly newsletter, The Recess Bell, landing in inboxes Friday. " + _COURIER_SIGNUP,
             "Our reporters will keep a close watch on the",
         ], appeals=[_COURIER_SIGNUP]),
    _doc("b124-kennebecvalleydaily-letter-longview-comments-end", "appeal", "end",
         "Invented; modelled on CentralMaine.com (letter to the editor recommending a newsletter, then a comment sign-in block)", "en", [
             "Like a lot of my neighbors, I have been looking for some way to make sense of the daily upheaval coming out of Washington — and to live with how many decent people are getting hurt by it. Long walks with friends have helped me a great deal. Another thing has helped too: the weekly \"Notes from the Long View\" written by Miriam Oduya.",
             "Oduya teaches American history at a small college in Vermont. In her \"Notes,\" she writes as a patient, well-read teacher would. Each one leaves me clearer about what is going on in Congress and oddly reassured that our country has weathered similar storms before and often come out of them better.",
             "I'd encourage anyone to sign up for \"Notes from the Long View.\" It costs nothing to join. (Readers who wish can also become paying supporters.)",
             "My thanks to Professor Oduya for passing on her deep learning and good sense to me and to thousands of others.",
             "Gordon Pelletier",
             "Bowdoinham",
             _KVDAILY_COMMENTS,
         ], appeals=[_KVDAILY_COMMENTS]),
]


# --- Probe 104: negatives -----------------------------------------------------------------------

PROBE104_NEGATIVES = [
    _neg("b124-silverstateradio-campaign-donations-guide-neg",
         "Invented; modelled on GPB (voter's guide to looking up campaign donations and contribution limits)", "en", [
             "Following the money in Nevada races: a voter's how-to for checking who gives to whom",
             "Candidates seeking office across Nevada are pulling in serious sums for their campaigns.",
             "Which donors handed over how much cash, and how the campaigns are spending it, is simple to look up once you know which website to open.",
             "The Nevada Secretary of State posts contribution and expense reports, along with candidates' financial disclosure statements, on a free searchable website.",
             "In an election year, candidates must file contribution and expense reports with the state five times, and once a year when no election is held. The filings list how much each campaign has brought in, which donors gave which amounts and where that money has gone.",
             "A single donor may give a candidate for statewide office no more than $10,000 in each of the primary and general elections, and the same cap applies to any special election. Candidates for legislative and local offices face an identical ceiling, though a few cities set lower limits of their own.",
             "For candidates and political committees on the 2024 ballot, reports are due Jan. 15, April 15, July 15, Oct. 15, Oct. 29 and Jan. 15 of the next year, under the posted calendar. Filers get a short window of a few days after each deadline, after which penalties of up to $5,000 can be charged.",
             "The financial disclosure statements go further, listing a candidate's sources of income, business interests, real estate, board seats, gifts received and any money paid to them by state or local agencies beyond their official salary.",
         ]),
    _neg("b124-plainsledger-party-ownoutlet-column-neg",
         "Invented; modelled on Kansas Reflector (opinion column on a party wanting its own copy of the outlet, news-desert figures)", "en", [
             "Nebraska Democrats say they want a Plains Ledger of their own. By all means, try it.",
             "August 22, 2023 5:12 am",
             "Sen. Paula Grieve, D-Omaha, said that \"nothing stops us from building a progressive Ledger.\" Columnist Ross Delacroix says he would cheer them on. (Hannah Voss/Plains Ledger)",
             "Nebraska Democrats keep telling anyone who will listen that they need their own version of the Plains Ledger. Whether it lives on a website, on newsprint or on the airwaves, they want an outlet that argues their side to voters around the state.",
             "\"We have to build our own megaphone,\" state Sen. Paula Grieve, D-Omaha, told a room of party volunteers in a recording the Plains Ledger obtained from her Aug. 9 talk at a Lincoln union hall. \"Honestly, nothing stops us from building a progressive Ledger. We could buy radio time. We have donors with deep pockets. We have folks who know how it's done. We just need a plan and the nerve to carry it out.\"",
             "Her comments sounded a lot like those of former Gov. Arlen Marsh, who told an Omaha radio host last winter that \"this state deserves a real progressive network, one that covers Lincoln and Scottsbluff the way nobody else bothers to.\"",
             "Best wishes, everyone. I mean it sincerely, and I hope it works out for you.",
             "A study published this spring by a journalism center at a Midwestern university found that roughly 55 million Americans now live in a county with no local paper at all. Beyond that, about 1,500 counties are down to a single paper, often one stretched thin over huge distances. Here in Nebraska, the latest count shows three counties with no paper, and 49 of 93 with just one.",
             "Those figures only hint at the problem. New online newsrooms have popped up here and elsewhere, and many small towns rely on Facebook groups and church bulletins to pass along news. Still, the gaps are obvious to anybody willing to look.",
         ]),
    _neg("b124-wlrg1043-riverbend-tornado-relief-fund-neg",
         "Invented; modelled on K105 (radio-site item on a community foundation's disaster relief fund with donation URL)", "en", [
             "River Bend Community Foundation opens tornado relief fund. Gifts qualify for a tax deduction.",
             "To help neighbors recover after last week's storms, the River Bend Community Foundation (RBCF) has opened its emergency fund, River Bend Rebuilds.",
             "The fund will move money quickly through local charities to households hit by the April 18 tornadoes. Its aim is to gather gifts and pass along cash help to towns, families and individuals who took the worst of the damage and now face lost wages and repair bills.",
             "\"When disaster strikes, the people of this county show up,\" said Marla J. Tennyson, RBCF president. \"We are seeing that again right now. River Bend Rebuilds gives everyone a way to pitch in for the neighbors whose homes and jobs were torn apart. It puts every gift in one trusted place.\"",
             "RBCF seeded the fund with $10,000, joined by early gifts from several local businesses. Donations can be made at riverbendgives.example.org/rebuilds. Every dollar given will go toward storm recovery in the county.",
             "\"We have never seen damage spread this widely across so many townships,\" Tennyson said. \"Each week we hear from more families who need help with temporary housing, groceries, medicine and debris removal. Our partner charities are stretched thin, and this fund is meant to help them keep pace.\"",
             "Carl Wendt, who chairs the RBCF board, said the fund pulls the community's giving together so it can do the most good for the people hurt worst.",
         ]),
    _neg("b124-pinecresttribune-penny-drive-flood-relief-neg",
         "Invented; modelled on Hood River News (school coin drive and other relief fundraisers with totals)", "en", [
             "Penny drive brings in $3,200 for flood victims",
             "The counts are finished for several townwide drives to aid Salvation Army flood relief after the river crested in the valley towns downstream.",
             "Pupils, teachers and families gathered roughly $3,200 in loose change across Pinecrest School District classrooms during last week's penny drive for the Salvation Army.",
             "Within that total, Ridgeview Middle School brought in $1,186, Alder Elementary gave $974, and Lakeshore pupils turned in $842.35. Every school joined in, though the total leaves out Pinecrest High School, which is running its own collection this week during spirit week. (Valley Credit Union will add 15 percent on top of every school's total.)",
             "\"The students were all in from day one,\" said Joanne Merritt, the Ridgeview vice principal who helped her student council spread the drive to every building. \"A few schools really ran with it and filled jar after jar.\"",
             "Those jars held more than pennies, Merritt said: a handful of $50 and $10 bills, plus at least four checks of $75 or more.",
             "Several other drives set up after the flooding have also raised thousands for the relief effort:",
             "The \"Skip a Latte\" challenge started by bakery owner Lena Ruiz has urged shops and their staff to give the price of a week's coffee, or more, to the Salvation Army flood fund. So far 140 people have given a combined $11,208.40.",
             "The challenge runs until Sunday; gifts can be dropped at any Pinecrest branch of Valley Credit Union.",
             "Summit Outfitters ran its own drive before the latte challenge began. The shop gave a full Saturday's sales plus staff tips to the relief effort, adding up to $1,615.",
         ]),
    _neg("b124-lakesidesentinel-harvest-pantry-need-neg",
         "Invented; modelled on Citrus County Chronicle (food bank's holiday need relayed as news)", "en", [
             "Some 45 churches and charities that depend on the Harvest Pantry Network (HPN) to stock their shelves for local families are falling behind. Years of rising demand have drained supplies that were already stretched as far as they could go.",
             "Each pound of food counts as about one meal. To cover holiday dinners for the roughly 52,000 residents who turn to food aid every month, HPN needs to gather, or buy with cash gifts, no less than 160,000 pounds of food.",
         ]),
    _neg("b124-scrollburn-newsletter-state-of-things-neg",
         "Invented; modelled on Garbage Day (newsletter writer's own subscriber, paid-share and Discord figures)", "en", [
             "Forgive the self-indulgence",
             "Stick around to the bottom for a great raccoon video",
             "It's a long weekend here, so rather than the regular issue I figured I'd tell you how things are going, how I feel about switching platforms eight months ago, and where Scrollburn is headed. First, though, a look at where the newsletter stands.",
             "At the moment Scrollburn goes out to 54,312 people, with an average open rate of 39% and about 18% clicking through. In the Scrollburn chat server we have 1,760 members posting roughly 15,000 messages every month (a bit much honestly), and between 200 and 350 people online at busy hours.",
             "I'm happy with all of that. Around 6% of readers pay, and with that plus sponsorships and a couple of content deals, the business is finally on steady ground. That's a weight off, because the way Scrollburn grows has shifted a lot.",
             "Graph Goes Up Once More",
             "From spring 2020 to late 2023, Scrollburn went from about 1,500 readers to around 56,000. In hindsight I rode a wave in online media that likely won't return. People were thrilled about newsletters, social feeds were still sending lots of traffic, and the old platform kept rolling out features that made readers stick around. The downside is that I moved over with a mailing list stuffed with dead addresses.",
             "At the switch, about 1,800 readers turned out to be dead weight — abandoned inboxes or bots that were never real. I've also shed another 2,500 since the new year, even though overall numbers have held near 54,000. (The universe clearly refuses to let me hit 55,555, apparently.) Technically I kept growing the whole time, just exactly as fast as people left. Happily, over the past few weeks, the line has started climbing again.",
         ]),
    _neg("b124-kmtr6-coats-for-kids-shortfall-neg",
         "Invented; modelled on FOX4 Kansas City (TV item on a charity toy drive's shortfall and drop-off hours)", "en", [
             "OMAHA, Neb. — Several thousand children around Omaha could face the winter without a warm coat unless neighbors step in, organizers of Coats for Kids say.",
             "Every fall the group gathers new and gently used coats and hands them out to children in need.",
             "Last winter Coats for Kids outfitted 21,000 children.",
             "Organizers say demand has jumped this season, while donations have lagged behind. With only ten days left in the drive, the group says it is about 8,000 coats short of its target of 29,000.",
             "\"Those are 8,000 kids who will be waiting at the bus stop in the cold if we fall short,\" drive chair Denise Kowalczyk said. \"We are counting on the city to help us close that gap.\"",
             "The group says it is most short on coats for toddlers and on larger sizes for teenagers.",
             "Coats for Kids asks anyone who can give a coat to bring it to the Riverfront Expo Hall. Volunteers will accept donations Tuesday through Saturday, 9 a.m. to 6 p.m.",
             "\"Groceries, rent, heating bills — it all costs more this year, and the families who count on Coats for Kids feel that most of all,\" said Victor Alamo, director of the Riverfront Expo Hall.",
         ]),
    _neg("b124-kvtn7-warm-hearts-campaign-totals-neg",
         "Invented; modelled on KSHB 41 (TV station's charity campaign totals and online donation options)", "en", [
             "TULSA, Okla. — In its first year, KVTN 7's community drive Warm Hearts Tulsa collected almost $18,500 and more than 6,000 donated toys.",
             "KVTN 7 joined forces with the Tulsa Area Food Alliance and a regional family foundation, working alongside area police precincts and several grocery stores to give struggling Tulsa families a happier holiday.",
             "\"Again and again this year, our viewers showed us how big their hearts are,\" said Renee Faraday, who runs KVTN as its general manager. \"We asked for help and they answered in a huge way. So many families here had a rough 2022. Being able to team up with our police precincts and our sponsors to put presents under the tree is what this season is all about.\"",
             "Viewers could drop off toys at about 80 police stations and more than 20 grocery stores around the metro. They could also give money online at KVTN7.example.com, in the KVTN 7 app, or by texting a keyword, with help from the family foundation.",
             "\"KVTN 7 viewers were amazingly generous. Because of them we handed out thousands of toys to Tulsa children who needed them,\" said Gloria Etheridge, executive director of the Tulsa Area Food Alliance. By throwing themselves into the holidays, KVTN 7 viewers made a real difference for the city's neediest families and we can never thank them enough.\"",
             "KVTN 7 is already planning a bigger Warm Hearts Tulsa for 2023.",
         ]),
    _neg("b124-gazettemobile-ethics-bills-pac-transfers-neg",
         "Invented; modelled on AL.com (statehouse vote on PAC-to-PAC transfers and spending caps, doubled byline line)", "en", [
             "Mississippi House approves four ethics measures, among them limits on PAC transfers",
             "Dana Colvin, The Gulfport Gazette By Dana Colvin, The Gulfport Gazette The Gulfport Gazette",
             "on February 16, 2012 at 3:12 PM, updated February 16, 2012 at 5:48 PM",
             "JACKSON -- Mississippi House members on Thursday backed four ethics measures by wide margins, among them a bar on moving money from one political action committee to another.",
             "Each measure, now headed to the Senate, cleared the chamber by the same 117-2 tally.",
             "House members have sent a PAC transfer ban across the hall nine times since 2002, only to watch it stall in the Senate every time. Backers expect a different outcome now that the leadership there has changed.",
             "Shuffling money between PACs can hide where a candidate's campaign cash really comes from. The version the House approved also caps party spending on any single race at $7,500  per election cycle.",
             "During debate, members voted to name the ban after two former colleagues who had pushed for it session after session.",
             "It honors Republican state Sen. Walter Greer of Hattiesburg, who served in the House for 14 years, and former Rep. Nell Tanner, D-Greenville, who lost her seat last November.",
             "The measure will carry the name The Walter  Greer/Nell Tanner Political Money Disclosure Act.",
             "\"Back when Tanner and I were both fighting for it, this ban came up all the time, and I backed it every time,\" said Greer. \"She put in countless hours to get it this far.",
             "\"It shows the new members here are willing to cooperate, giving credit to a Republican who spent years on it and to her (Tanner), a Democrat, by putting both names on it.\"",
             "Rep. Curtis Lyle, R-Brandon, who sponsored the PAC transfer ban, also thanked Tanner once the vote was done.",
             "\"Nell  Tanner walked me through every step of getting this bill written,\" he said.",
         ]),
    _neg("b124-wsrp-newsroom-lead-gift-release-neg",
         "Invented; modelled on KERA (public broadcaster's press release on a lead gift for news expansion)", "en", [
             "WSRP GROWS REGIONAL NEWSROOM WITH $750,000 PLEDGE FROM THE HALVERSON FAMILY FUND",
             "NEWS RELEASE – FOR USE ON RECEIPT: March 19, 2013",
             "SACRAMENTO VALLEY – WSRP, the region's public radio and television service, is delighted to share that the Halverson Family Fund has launched a major expansion of WSRP's local reporting with a lead pledge of $750,000.",
             "Two years ago, Margaret Halverson underwrote WSRP's coverage of water, farming and the environment. Her support paid for the monthly River Report with host Dan Okoye, which brings in growers, hydrologists and university researchers. It also made possible a pair of WSRP radio documentaries, Dry Wells: Living With Drought and the prize-winning Levee Town. Halverson noticed that no other newsroom in the valley had reported those stories. That distinctive reporting is what persuaded the family fund to make its $750,000 pledge toward the newsroom's growth. \"I have watched, listened to and supported WSRP for decades, and I know how much the valley relies on it,\" Halverson said. \"I hope this pledge encourages my neighbors to invest in the kind of close-to-home reporting they cannot get from anyone else.\"",
             "Speaking about the newsroom expansion, WSRP President and CEO Thomas Reyes-Kim said, \"We want to deepen the public conversation on issues that too often go unreported, help residents take part in decisions that shape their communities, connect our towns to one another, and bring people together to solve shared problems.\"",
             "As part of the expansion, Priya Castellanos has come on board as WSRP's News Director. Castellanos joins from a statewide public radio network, where she ran the digital desk and earlier produced its morning news program and weekly political roundtable.",
         ]),
    _neg("b124-metrotimesledger-city-answers-charities-neg",
         "Invented; modelled on Kansas City Star (news on a city's response to charities' last-minute appeal for toys and coats)", "en", [
             "Omaha answers the call for holiday charities",
             "Omaha residents wasted no time Saturday after local charities put out an urgent request for toys, coats and cash.",
             "Before lunchtime, a fired-up city had already delivered.",
             "People nobody at the agency had ever met streamed into Northside Family Center with shopping bags stuffed with toys, some driving in from nearby towns. Staff there, who had asked for help in a Times-Ledger story on Saturday after discovering they were roughly 1,800 toys behind, were moved nearly to tears.",
             "Even with the gap, the Omaha charity had kept its Holiday Helpers sign-up days on the calendar. Its leaders trusted that neighbors would step up.",
             "The biggest boost arrived when the Westfield High School basketball team, which had heard about the shortage a few days earlier, marched in with armloads of presents.",
             "\"Those young men came in with garbage bags stuffed with gifts,\" said Deputy Director Carla Fenwick.",
             "Fenwick said the center was only a couple hundred toys away from its target with the program ending Monday. She expected to get there.",
             "The team by itself brought in more than 900 toys, according to the school.",
             "\"People's hearts just open up at this time of year. Folks come through that door, and you can tell it's not easy for them, but they're moved by kindness,\" Fenwick said. \"To you it may be a single toy, but for a whole family it turns into a holiday they'll never forget. That's what's happening here.\"",
             "And the generosity kept going.",
             "Donations poured into the Douglas County Winter Closet, which had feared it would have to send kids home without coats. Instead, volunteers were swamped by people determined that the closet would reach the 600 children's coats it had promised. Some walked in with coats draped over both arms.",
         ]),
]


BATCH124_DOCUMENTS = PROBE104_APPEALS + PROBE104_NEGATIVES
