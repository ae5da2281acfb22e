"""Batch 159: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

19 documents (9 appeal, 10 negative; all EN): our own paraphrases of every document of the local-only
real probe 139 (19 documents). Each keeps the real page's structure line for line (a tech-news roundup
with "➡️" link lines, a "•" quick-hits list with bracketed sources and a "🗓️" calendar line; a markets
newsletter with a "☕" section pun, a date-plus-"view online" line, a "*figures at the close" note and
a cut quote; a newsletter archive page whose author byline is glued to the first story ("PRESENTED
BYBY ... THE OPENERIf") with "→" bullets; a daily brief with a repeated email-privacy line and a
closing markets haiku; a portfolio-mirror newsletter with an index table flattened into label and
number lines; a village weekly with a one-line donate link inside the story; a twice-repeated lede;
a paid-subscriber Sunday note; an ad-blocker note above a column with dropped apostrophes) and exactly
what the real gold marks: a "like this by email? sign up free" sentence glued to the end of a roundup's
welcome line; a whole "N readers start their day with us ... remember to sign up" opening line; an
archive header, its description, a join-and-get-the-morning-edition line and a premium-product pitch
(four lines together); a support-our-journalism trial box with newsletter line and privacy line at the
top, and a second newsletter line with the repeated privacy line in the middle; a "want it daily? or
opt out? manage your settings" line in the middle of a newsletter; a lone subscribe link at the top and
a lone donate link mid-story; a newsletter sign-up heading and line at the end; a parenthetical "(nudge
your pals to subscribe!)" inside a paragraph; an "ads on this site support journalism" line at the
top. Negatives keep what makes the real ones hard: a state giving-day record with totals, two
foundations' scholarship gifts reported twice (newspaper and radio blog), a foundation's fundraising
dip with bequest figures, a campaign-finance filing note, a newspaper columnist on renaming the paper's
own charity fund, a university's record donation, a magazine feature on a school's huge gift, a giving
day's fundraisers, and a state-news roundup mentioning campaign money.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it stands,
every gold appeal substring is located in it (asserted unique) and written to the batch fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 139: appeal documents ----------------------------------------------------------------

_CIRCUIT_SIGNUP = "Like getting this by email? Sign up at no cost."

_DAYBREAK_OPENER = (
    "Every weekday, more than 2.3 million readers kick off the morning with our quick take on markets, "
    "tech and money. Today's edition is right below, and be sure to sign up."
)

_GAVEL_ARCHIVE = "\n".join([
    "Past Editions",
    "Each edition of The Gavel Brief, special reports included, gathered in one place for easy browsing.",
    "Become one of our readers and have the early edition land in your inbox each day.",
    "With insider intel from key legislators and sharp analysis, Gavel Pro: The Ledger Room brings you behind closed doors from the Capitol to the trading floors. Sign up today for essential budget and banking coverage.",
])

_MERIDIAN_TOP = "\n".join([
    "Reporting with a purpose needs you.",
    "Our aim is reporting that helps you run smarter companies, lead with more confidence and make sense of a world economy that keeps shifting. Try our purpose-driven coverage free for a full week.",
    "Have the Meridian Morning Memo land in your inbox at dawn.",
    "Submitting your email means you accept Meridian's privacy terms.",
])

_MERIDIAN_MID = "\n".join([
    "📬 Start every day with a mug of something hot and the Morning Memo (mug not included).",
    "Submitting your email means you accept Meridian's privacy terms.",
])

_BITES_SETTINGS = "PS... Want Bites in your inbox every weekday? Or ready to opt out? Update your email settings here."

_WILLOW_SUBSCRIBE = "Subscribe On Any Device"

_WILLOW_DONATE = "Donate to the Willow Bend Gazette"

_SENTINEL_SIGNUP = "\n".join([
    "Know what's at stake",
    "Get 'The Pulse,\" our Friday briefing on risks to community health.",
])

_DAWN_NUDGE = "(nudge your pals to subscribe!)"

_BELLWOOD_ADS = (
    "When you let ads show on this site, you help the hometown businesses that, in return, help pay "
    "for strong local reporting."
)


PROBE139_APPEALS = [
    _doc("b159-circuitlocal-chipcorridor-top", "appeal", "top",
         "Invented; modelled on Technical.ly (regional tech roundup, free sign-up sentence glued to the welcome line)", "en", [
             "Here's your rundown of what's new in Milwaukee's startup and tech world. " + _CIRCUIT_SIGNUP,
             "Milwaukee isn't giving up on its chip-corridor bid",
             "Milwaukee missed the cut when the Federal Innovation Office named nine regional corridors to share construction grants.",
             "Still, local boosters say the campaign was not wasted. The corridor label still opens doors to partners and smaller grants. And every member of the coalition has pledged to keep hunting for money to build out the plan, according to Dana Okoro, research director at the Lakeshore Innovation Fund.",
             "➡️ See what the coalition plans to do next",
             "Did easy credit sink the coding bootcamps?",
             "CodeBridge, Launchpad Lakeshore and Girls Build Apps each saw donations balloon in 2021, then watched revenue slide until they shut their doors.",
             "Fast growth funded by one-time windfalls can leave a group with a payroll it cannot cover once the money dries up. Without steady long-term funders, Circuit Local publisher Marcus Feld argues, the region's startup economy will end up narrower and less inventive.",
             "➡️ Read Marcus's op-ed on why these shutdowns point to a wider pattern",
             "Quick Hits: More news worth your time",
             "• Milwaukee Public Schools has ended its agreement with the Lakeshore Drone League, which paid for after-school drone squads. [Bluesky]",
             "• Payroll startup Tallyworks bought Danish invoicing firm Fakturo for $64 million in cash and shares. [Circuit Local/Badger Business Daily]",
             "• Telecom carrier Northwire said its classroom program will launch a student game-design league this spring with the nonprofit PlayForward. [Northwire]",
             "• The governor's office named 14 researchers to the inaugural class of its State Innovation Scholars program. [La Voz Lakeshore]",
             "🗓️ Coming Up",
             "• Brew City Devs holds its March meetup on March 19 at the Foundry co-working loft. [Event page]",
         ], appeals=[_CIRCUIT_SIGNUP]),
    _doc("b159-daybreakledger-lakesidepines-top", "appeal", "top",
         "Invented; modelled on Morning Brew (markets newsletter web copy, whole sign-up opening line)", "en", [
             _DAYBREAK_OPENER,
             "☕ Tee Time",
             "Governor Hale suddenly can't stop talking about lake views",
             "April 11, 2018 View Online",
             "Good morning. Ahead of paid trips that could start as early as 2021, a Halcyon Rail sleeper train leaves Chicago today and is due in Seattle some 40 hours later. Engineers want to know whether riders can survive the harshest test of modern life: almost two days with spotty cell service.",
             "*Figures at the closing bell",
             "Trade: New duties on $4.2 billion of imported furniture kick in today. The list covers oak dining sets, leather sofas, and...honestly, that's where most of the $4.2 billion goes.",
             "Energy: The Northland Pipeline Authority said it will halt drilling near the Marrow River for 90 days while regulators review a spill report.",
             "Governor Hale to the Nation's Mayors: Bunk at My Cabin?",
             "The governor's chief of staff, Rena Cobb, confirmed yesterday where next spring's national mayors' conference will be held: the Hale family's Lakeside Pines resort outside Duluth.",
             "On paper, it's a fine spot to host city leaders—lakefront cabins for budget talks, a sauna for when zoning fights overheat, a marina with room to spare...",
             "Here's the catch",
             "The governor's family owns Lakeside Pines. Government-ethics groups say steering a publicly funded conference to his own resort is an obvious conflict.",
             "The watchdog group Open Ledger Project said in a statement: \"With questions already swirling over how the governor mixes public duty and private business, you'd expect him to keep well away from a deal like this…\"",
             "\"Yet he has gone all in.\"",
         ], appeals=[_DAYBREAK_OPENER]),
    _doc("b159-gavelbrief-archive-ledgerroom-top", "appeal", "top",
         "Invented; modelled on Punchbowl News (newsletter archive page: header, join line and premium pitch above a story with a glued byline)", "en", [
             _GAVEL_ARCHIVE,
             "PRESENTED BYBY MARGO KESSLER, TOBIAS REYES AND DEV CHATTERJEE THE OPENERIf you want a preview of the mood, tone and temper of a possible new Senate majority, look at this: → Sen. Curtis Holloway (R-Mont.) — who has spoken at rallies run by fringe militia groups — posted an edited cartoon showing Democratic Sen. Renata Alvarez of New Mexico tied to railroad tracks last weekend, then defended it after a wave of criticism. Senate Republican leaders have said next to nothing about the post even as the Majority Leader, Gwen Forsythe, and other Democrats demanded an ethics review. Holloway deleted the cartoon without comment on Wednesday night. → In a debate last Thursday over the bipartisan water bill, Sen. Lyle Dorsey (R-Okla.) shouted across the chamber that Forsythe had earned an “Oscar” for her floor remarks. It was a strange outburst that stunned much of the room. Later that evening, Dorsey told Democratic Sen. Paulo Mendes (D-Ore.) that nobody back home wanted the Treasury to add 60,000 new auditors. → A number of Senate Republicans have repeated a crude chant about the president on the floor, among them Sen. Ray Tillman (R-Ga.). Sen. Wes Carver (R-Ky.) wore a pin printed with the chant during a vote, and Sen. Dina Sorrell (R-Idaho) sells mugs and hats bearing the same jab through her campaign store. (In fairness, Democrats were hardly gentle about the previous president.)",
         ], appeals=[_GAVEL_ARCHIVE]),
    _doc("b159-meridian-morningmemo-top+middle", "appeal", "top+middle",
         "Invented; modelled on Quartz (daily brief: trial-support box with newsletter and privacy lines on top, newsletter and repeated privacy line mid-page, markets haiku)", "en", [
             _MERIDIAN_TOP,
             "The short list for today",
             "Congress extended the federal student-loan pause. Borrowers in most states exhale, while lenders grumble, as the White House gives way to the left wing of its own party.",
             "Governor Dale Whitcomb may get no such pause. The state's top legislators told him to step aside after an auditor's report found he had steered road contracts to a relative's firm.",
             "At Sunnyvale Orchards, nothing gets squeezed for free. Parent company Brightfield is selling its juice labels to a buyout fund for $2.1 billion.",
             "Halvorsen Pharma is betting on gene editing. The Danish drugmaker paid $2.7 billion for Cutline Bio, a deal read as a vote of confidence in the field beyond rare diseases.",
             "A state-run newspaper has stopped calling mobile games “electronic heroin.” Its earlier article had sent shares of Lantern Interactive tumbling; most of those losses have since been recouped.",
             "Gold medalists don't own their footage. Kenyan runner Grace Wanjiru, who won the 5,000m and 10,000m, says TikTok took down clips of her own finals over broadcast rights.",
             _MERIDIAN_MID,
             "Markets haiku: Pixelforge respawns",
             "Profits beat the guess",
             "One more continue for you",
             "Insert coin, play on",
         ], appeals=[_MERIDIAN_TOP, _MERIDIAN_MID]),
    _doc("b159-pocketbites-imagegen-settings-middle", "appeal", "middle",
         "Invented; modelled on Robinhood Snacks via a portfolio mirror (newsletter with flattened index table, daily-or-unsubscribe settings line mid-page)", "en", [
             "Pocket Bites",
             "Robot painting",
             "This picture was made by typing into Canvasly the request “a watercolor of a corgi in a pinstripe suit checking a stock ticker, painted like Van Gogh.”",
             "How Markets Did Last Week",
             "Dow Jones",
             "31,447 (+4.18%)",
             "S&P 500",
             "3,812 (+2.87%)",
             "10,964 (+1.93%)",
             "$19,870 (+6.12%)",
             "Hey Biters,",
             "Another Halloween, another parade of off-brand costumes. Some standouts: “Nine” from the streaming hit “Peculiar Occurrences.” “Grumpy Thursday Girl” (any resemblance purely accidental). “Marvelous Wizard Kid” (no idea who that's meant to be). And an evergreen: “the noodle is weird.”",
             "Stocks bounced to close out a choppy week of shaky tech results and firmer economic numbers (for instance: GDP grew faster than forecast last quarter after a contraction). The S&P 500 climbed about 3% and the Dow jumped more than 4%, its fourth winning week in a row.",
             "Over the weekend, Veloria's prime minister, Tomas Varga, narrowly lost his re-election bid to challenger Irena Kovač.",
             _BITES_SETTINGS,
             "“Generative AI” is having a moment, and it's reshaping how people make pictures — and make a living",
             "Selfies turn into Van Goghs… A new breed of AI is changing how people make images and run businesses. These tools learn from mountains of data and turn typed requests into pictures, clips and text. The picture at the top came from one such tool and a short prompt.",
             "Main character: Canvasly, which has pulled in billions from big tech backers, released the first widely used image generator last year. It opened to everyone last month, and social feeds are already full of viral Canvasly creations.",
             "Other players: Driftwood AI raised $90M this month (at a $1.2B valuation) for its free-to-download image model, Tidepool. Several of the biggest software companies have built their own image generators too, but none has been released to the public.",
             "Silly pictures were just the beginning",
         ], appeals=[_BITES_SETTINGS]),
    _doc("b159-willowbendgazette-civictrust-40-top+middle", "appeal", "top+middle",
         "Invented; modelled on Yellow Springs News (village weekly: lone subscribe link on top, lone donate link mid-story)", "en", [
             _WILLOW_SUBSCRIBE,
             "The Willow Bend Civic Trust marks four decades of grants and good works",
             "“This village has never run short of bright ideas — only of money to pay for them.”",
             "That gap is what the Willow Bend Civic Trust has tried to close since it was started in 1985, said its director, Rosalind Achebe, in an interview with the Gazette last week.",
             "“There's no shortage of inventive projects here,” Achebe said. “That's because this is a town full of doers — people who want Willow Bend to be better than they found it. As a trust, we try to hand them the means to make that happen.”",
             _WILLOW_DONATE,
             "This year the trust turns 40 and is celebrating its local roots: backing more than 80 village nonprofits, leading equity projects, supporting artists, offering emergency relief and, naturally, paying for good ideas. Its grants so far add up to $6,420,000.",
             "Several other notable milestones dot the trust's 40 years in Willow Bend.",
         ], appeals=[_WILLOW_SUBSCRIBE, _WILLOW_DONATE]),
    _doc("b159-healthsentinel-medicaid-pulse-end", "appeal", "end",
         "Invented; modelled on Public Health Watch (twice-repeated lede, newsletter heading and sign-up line at the end)", "en", [
             "Lawmakers in the state House filed a measure on Tuesday that would widen Medicaid coverage to roughly 400,000 working adults in Kentucky who earn too little to afford private plans, a step patient groups have sought for nearly a decade.",
             "Lawmakers in the state House filed a measure on Tuesday that would widen Medicaid coverage to roughly 400,000 working adults in Kentucky who earn too little to afford private plans, a step patient groups have sought for nearly a decade.",
             _SENTINEL_SIGNUP,
         ], appeals=[_SENTINEL_SIGNUP]),
    _doc("b159-civicsatdawn-looseends-council-middle", "appeal", "middle",
         "Invented; modelled on Wake Up To Politics (paid-subscriber Sunday note, parenthetical subscribe nudge inside a paragraph)", "en", [
             "Good morning! It's Sunday, October 12, 2025. The mayoral runoff is 23 days away. The only televised debate is three days away.",
             "Welcome back to Loose Ends, a members-only note for paying subscribers of Civics at Dawn where I look back at the week and share what I've been reading, hearing and watching.",
             "It has been windy and cold in Chicago lately — the radiator is clanking as I type — but on mild afternoons I like to draft the next morning's edition on a bench in the little park across from my building.",
             "I was out there on Wednesday, drafting Thursday's edition — a profile of two retired teachers who have spent years pushing the city council on school funding — when a couple of joggers went past. “City council is useless,” one of them said. “Those people never pass a thing.”",
             "I couldn't help grinning. Right then I was going through everything the council had passed that very week (a lead-pipe replacement plan, new protections for renters, longer library hours, a permitting overhaul, and more), while someone jogged by complaining that the council passes nothing. You couldn't script it! (Or perhaps it just tells you what people chat about on a run through the city.)",
             "In part, of course, it means that jogger ought to be reading Civics at Dawn " + _DAWN_NUDGE + " Still, it left me newly thankful that I get to do this job, chipping away in my small way at that cynicism and telling people what their elected officials are really accomplishing.",
             "And in that same week, I got to publish a breakdown of both runoff campaigns and the city's razor-close precinct math; an explainer on the deputy mayor's resignation; firsthand reporting from two public hearings at City Hall; and the stories of two remarkable teachers. Lucky me. Thanks for reading and for keeping this work going.",
         ], appeals=[_DAWN_NUDGE]),
    _doc("b159-bellwoodherald-brushfires-adsnote-top", "appeal", "top",
         "Invented; modelled on The Monroe Times (ad-blocker note above a column with dropped apostrophes)", "en", [
             _BELLWOOD_ADS,
             "From the newsroom",
             "Reporter Colleen Marsh filed a story for last Wednesdays paper about the string of brush fires wed lined it up Tuesday afternoon, and all day Tuesday the radio crackled with call after call about burn piles running wild. The timing of Wednesdays story, sadly, was spot on because a huge blaze erupted on Memorial Day.",
         ], appeals=[_BELLWOOD_ADS]),
]


# --- Probe 139: negatives -----------------------------------------------------------------------

PROBE139_NEGATIVES = [
    _neg("b159-prairieledger-hawkeyegivesday-record-neg",
         "Invented; modelled on Star Tribune (news on a state giving day's record donations)", "en", [
             "Iowans set a record on Hawkeye Gives Day, donating over $18 million",
             "Even with the downturn, Hawkeye Gives Day gifts sailed past the previous year's total.",
             "November 18, 2022 at 5:12PM",
             "Iowans opened their wallets wide on Wednesday, donating more than $18 million to schools and charities — a record in the nine-year history of Hawkeye Gives Day.",
             "With charities heading into the crucial end-of-year giving stretch, some directors feared donors were worn out after a year of repeated emergency requests — first for flood relief in the spring and then for families hit by plant layoffs in the fall.",
             "But Iowans, who regularly rank near the top of national generosity surveys, proved the skeptics wrong, swamping GiveIowa's donation site and blowing past the 2021 record of $13.4 million.",
             "“It's remarkable to watch this many people give this much, after the kind of year everyone has been through,” said Priya Holmquist, executive director of GiveIowa. “It shows once more that Iowans will show up for each other when their neighbors are hurting.”",
             "Although the day is billed as a 24-hour giving sprint, the total includes every gift made since Nov. 1. Because charities lean heavily on emails and social posts to rally donors, Holmquist said the event was “built for the inbox era.”",
         ]),
    _neg("b159-rivergatechronicle-foundations-pledge-gifts-neg",
         "Invented; modelled on Pittsburgh Post-Gazette (news on two foundations' gifts to a scholarship program)", "en", [
             "Even with the economy sagging, two foundations said yesterday they will make exceptionally large gifts, together worth $11 million, to the Rivergate Pledge, which pays college tuition for graduates of city schools.",
             "The Rivergate Community Foundation said it will give $2.5 million at once, the largest single gift in its 58-year history.",
             "It also intends to give $2 million more across the next four years and $4 million over the following five years. The foundation has agreed \"in principle\" to the $6 million, but its trustees must approve each payment before it goes out, spokeswoman Lena Fairbanks said.",
             "The 76-year-old Hollis Trust said it will give $2.5 million over 10 years, with the option of revisiting the amount after year five. That pledge and a $2 million grant in 2004 to fund the curator's chair at the Rivergate Natural History Museum are the largest in the trust's history.",
             "\"If I weren't still recovering from a knee replacement, I'd be turning handsprings down Front Street,\" said Marcus Odell, the Pledge's executive director, speaking to reporters at the community foundation's offices on the North Side.",
             "The Rivergate Community Foundation, which also manages the scholarship program, at first announced only the $2.5 million gift and the $2 million pledge. It disclosed the $4 million commitment later that afternoon.",
             "Although foundations across the country have watched their portfolios swing with the markets, leading them to scrutinize grant requests more closely, leaders of both foundations said the Pledge has earned generous backing.",
             "\"This is what tomorrow looks like, plain and simple,\" said Diane Whitlock, president and CEO of the Rivergate Community Foundation.",
         ]),
    _neg("b159-rivergatetribune-foundation-bequests-dip-neg",
         "Invented; modelled on TribLIVE (news on a foundation's fundraising dip with bequest and individual-giving figures)", "en", [
             "Rivergate Community Foundation takes in $2M less despite record giving by individuals",
             "Corinne Baptiste",
             "| Thursday, March 3, 2016, 11:15 a.m.",
             "The Rivergate Community Foundation raised almost $2 million less in 2015 than the year before, a 4.8 percent drop in total contributions.",
             "The foundation — the second biggest in its region — took in $39.8 million last year, down $2 million from 2014.",
             "Foundation leaders blamed the shortfall on fewer bequests, the gifts left to a charity in a donor's will.",
             "They pointed to another trend as encouraging, though: gifts from living individuals rose $2.6 million, to an all-time high of $19.3 million in 2015. That is 15.6 percent more than individuals gave the year before, and the third straight annual rise in individual giving.",
             "The rise mirrors what is happening nationally: Individual donations grew 6.8 percent in 2014 to $251.6 billion, or about seven in ten dollars given to charity, according to 2015 figures from the Philanthropy Trends Institute. Bequests accounted for only 8 percent of giving.",
             "“A lot of community foundations now lean on donor-advised funds, which in a way are the reverse of bequests,” said Gloria Mendez, president and CEO of the Harrisburg-based Charitable Futures Trust. “A bequest comes after someone has died, and you generally have wide latitude on how to use it. With a donor-advised fund, the advisers are still living and still involved.”",
             "2015 also brought the foundation the biggest single gift from an individual in its 68-year history: $12 million from a Denver couple with roots in the city: Walter Brandt, 87, grandson of the founder of Brandt Steel, and his wife, Eleanor, 84.",
         ]),
    _neg("b159-boardwatch-schoolboard-finance-filings-neg",
         "Invented; modelled on SCC Insight (local blog note on campaign-finance filings)", "en", [
             "A brief rundown of the candidate and committee finance filings",
             "For the most part I've kept out of the school board races, but yesterday marked a key deadline: with three weeks to go until the election, all eleven school board candidates and every registered political committee had to submit a finance summary (a “Schedule B-2” filing). I pulled the figures (well, the three that matter most), and here's a snapshot of how much they have raised and spent — and, maybe more telling, how much money they have left to deploy over the final 21 days.",
         ]),
    _neg("b159-harborcourier-holidayhope-neighborsfund-rename-neg",
         "Invented; modelled on The New York Times via a mirror (newsletter item on renaming the paper's own charity fund)", "en", [
             "Lending a Hand",
             "The Courier's 90-year-old holiday appeal is getting a new name.",
             "Last year, Daria Kovalenko and her husband, Taras, got out of Kharkiv under shelling. They left Ukraine, like millions of others since the invasion, and resettled in the United States as refugees. Once they reached Boston, they slept on a borrowed futon in a cramped apartment shared with Taras's cousins.",
             "A grant from Harbor Family Services, one of the agencies supported by The Boston Harbor Courier's Holiday Hope Fund, paid for furniture, including beds and mattresses for everyone in the household.",
             "For more than 90 years, The Courier has invited readers to give to charities in greater Boston and beyond through its seasonal fund, long called Holiday Hope. The effort pairs reporting with generosity, sharing what struggling families are going through.",
             "Lately, though, the “Hope” label had started to sound dated to some. Reporters raised objections. One partner agency stopped using it altogether, calling it simply “the Courier Fund.”",
             "So when my colleague Ruth Abernathy suggested that the fund's stories move out of the news pages and into the Opinion section, the move gave us a chance to rename it: The Harbor Courier Neighbors Fund.",
             "Ruth, who has spent a dozen years writing a column that points readers toward worthy causes, said her picks first drew questions from Courier editors, who wondered whether singling out particular charities was appropriate.",
             "“Readers loved it, since they are eager to help yet often aren't sure where to start,” Ruth told me. “Journalism keeps changing. I hope we're getting better at it. The Neighbors Fund is another step forward.”",
         ]),
    _neg("b159-wrvgnewsblog-foundations-pledge-11m-neg",
         "Invented; modelled on WDUQ News blog (dated radio-news blog post on two foundations' scholarship gifts)", "en", [
             "Wednesday, October 15, 2008",
             "Foundations Commit $11 Million to Rivergate Scholars Pledge",
             "Two foundations are giving the biggest gifts in their histories to back the Rivergate Pledge. The Rivergate Community Foundation will provide $2.5 million immediately, $2 million more across the coming four years and a further $4 million in the five years that follow. The Hollis Trust has pledged $2.5 million spread over the next decade.",
             "Leaders of both foundations say the slumping economy did not change the size of their gifts, and that the money will sit in a low-risk money market account for the time being. They also say the gifts come with strings: the city school district must hit certain targets down the road, such as better graduation rates.",
             "The Rivergate Pledge provides scholarships worth as much as $4,500 a year to help graduating seniors attend college. The first awards went out this past spring.",
         ]),
    _neg("b159-lakeviewclarion-brenner-110m-gift-neg",
         "Invented; modelled on The Pitt News (student paper on a university's record donation, lede repeated after a cut teaser)", "en", [
             "Lakeview University unveiled a record gift on Tuesday, a $110 million donation that will lift the… Lakeview University unveiled a record gift on Tuesday, a $110 million donation that will lift the school's fundraising campaign by roughly 6 percent. It is the biggest gift from a single person in Lakeview's history.",
             "The donor is Harold J. Brenner III, a Lakeview graduate and retired glass-industry executive, who pledged $240 million to Northgate Tech just weeks ago.",
             "Lakeview said the gift will take effect after Brenner's death. It will push the university's “Rising Together” capital campaign beyond $1.6 billion, bringing it nearer its $1.75 billion target. The campaign funds scholarships, fellowships and faculty work.",
             "The donation ranks among the 10 biggest ever given by one person to a U.S. public university.",
             "In recognition of the gift, Lakeview's trustees will consider a resolution to rename the College of Liberal Arts the Margaret A. Brenner College of Liberal Arts after the donor's mother. Northgate Tech earlier chose to rename its School of Design after Brenner's father, a decision it made once his gift there was announced.",
             "University spokeswoman Tara Quinn said the new name was not a condition of the donation, but that the university considered it a fitting way to say thanks.",
             "Quinn said the money will go to the College of Liberal Arts, though there is room to decide how exactly it is spent. She said she expects more scholarships and fellowships to become available to students over time because of the gift.",
             "Brenner, who has deep ties to the school, said in a statement that he sees the gift as an investment. After completing his master's and doctorate in economics at Lakeview, he joined its board of trustees in 1994 and chaired the board from 2003 to 2006.",
         ]),
    _neg("b159-delvalmonthly-benefactors-puzzle-neg",
         "Invented; modelled on Philadelphia Magazine (magazine feature on a school's record gift, epigraph and caps lede)", "en", [
             "The Benefactor's Puzzle",
             "Suppose you had $40 million to hand out. Where would it go?",
             "“Anyone can part with money; it takes no skill at all. Deciding who should get it, how much, when, for what and in what way — that is the hard part, and few are equal to it.” — Josiah Penrose, 1887",
             "LAST SPRING, WHEN Hawthorn Academy put out a press release announcing Evelyn Marsh Crowley's record gift of $112.4 million, the dam, so to speak, broke. The academy's head, Martin Gale, said he'd braced for a certain amount of press interest, but nothing readied him for the deluge: TV vans crunching up the gravel drive, satellite masts sprouting like weeds, the switchboard lighting up nonstop, headlines across the country all praising Crowley's generosity, and the biggest single gift ever made to a private high school in the history of American giving.",
             "It made it look as though it had all happened in a single night: that the 78-year-old Crowley, whose late husband had been an early backer of a small Midwestern software firm that grew into a giant, had, like a benevolent aunt in a storybook, slipped a life-changing check under the door at midnight, and the staff of the leafy Chester County Friends school woke up the next day to a wonderful surprise. In reality, the process was slow and, at points, tricky. “We call it ‘cultivating a gift,’” explains Paula Wren, the academy's head of advancement. “The conversations about this one probably began 16 or 17 months back.”",
         ]),
    _neg("b159-cascadedaily-openhandsday-fundraisers-neg",
         "Invented; modelled on SeattlePI via One News Page (aggregator copy of a giving-day feature, source line under the headline)", "en", [
             "Nonprofits that raise money for fellow charities on Open Hands Day",
             "CascadeDaily.example",
             "Open Hands Day, the yearly giving push held the first Tuesday of December, marks its eighth year this time around. What started as a hashtag meant to push back against holiday shopping ads with pleas for donations has since become a powerhouse. Nonprofits took in roughly $2.1 billion from American donors on Open Hands Day last year, on top of the $410 million collected on Open Hands Now, the extra spring giving day held to raise emergency money for disaster relief.",
             "This time, though, some development officers fear that donors won't feel the same pressing need to give that they felt last year.",
             "Even if nonprofits fall short of last year's haul, Marisol Vance, head of nonprofit services at the consulting firm Beacon Metrics, says she still expects a strong showing. “It grows every single year,” she says. Vance points to fundraisers' sharper skills at reaching donors through email, social platforms and texts.",
             "Fundraisers now devote months to planning their outreach before and during the day, says Tobias Wren, who helped found the campaign in 2014. Wren now runs the nonprofit Open Hands Day, which coordinates the effort.",
         ]),
    _neg("b159-statehouseroundup-carry-ethics-censure-neg",
         "Invented; modelled on Stateline (state-news roundup with two-letter state prefixes, campaign-money item)", "en", [
             "ID: Idaho governor signs law ending license requirement for concealed handguns",
             "Idaho Gov. Walt Brenner, a Republican, signed a measure that allows residents to carry a concealed handgun with no license and no safety course. Anyone already barred from owning a firearm under state or federal law — including people with violent felony convictions and some domestic-violence offenses — would remain barred under the new law.",
             "CT: Connecticut governor signs ethics board overhaul as commissioners quit in protest",
             "Democratic Gov. Helena Ruiz signed a disputed measure that opponents say will gut a 40-year-old ethics agency responsible for policing how political money is raised and spent in Connecticut. Backers said the bill would make the agency more open — despite objections from critics who called it a power play designed to defang the State Elections Integrity Board.",
             "MT: Montana Senate Republicans move to censure 2 Democrats over climate protest",
             "Montana Senate Republicans introduced motions to censure two Democrats for “conduct unbecoming” after the pair joined a climate protest that disrupted a floor session last month. The censure motions say the senators “deliberately brought discredit and disorder upon the Senate through their conduct.”",
             "OR: Judge lets class-action lawsuit over pandemic campus closures proceed against Oregon Coast University",
             "A federal judge has allowed a class action over Oregon Coast University's decision to close its campus and move classes online during the pandemic to go forward. The suit was filed for thousands of students who paid full fees in spring 2020 and now want part of that money back.",
         ]),
]


BATCH159_DOCUMENTS = PROBE139_APPEALS + PROBE139_NEGATIVES
