"""Batch 148: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

19 documents (7 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 128 (19 documents). Each keeps the real page's structure line for line
(headlines, a bylined dateline, a duplicated standfirst, a glued photo-credit label, "Posted in"
section tags glued to their section name, a theme shortcode line, a pull quote, a run-together word
from a mirror site, cut-off endings mid-word or mid-sentence) and exactly what the real gold marks: a
two-line "stay in touch, sign up" newsletter block under the headline of a blog post plus a
three-line "we need your help, regular subscribers" donation plea cut off at the end; a one-line
"subscribe to read every article online" paywall line after a cut essay; a football-newsletter
sign-up glued into the middle of a single-paragraph mirrored news story; a five-line "like what we
do? donate via PayPal, card or bank transfer" block after a shortcode line at the end of a new-year
post; a newsletter line at the very top of a section listing; a newsletter writer's tease of bonus
issues for her backers (only the second sentence of its line) followed by her whole tip-jar line;
a co-operative's "become co-owners of the paper" sentence line under a duplicated standfirst.
Negatives keep what makes the real ones hard: a press-freedom group's essay defending foreign
grants to nonprofit newsrooms, a media-trade item relaying another website's crowdfunding appeal
at length, volcano-relief donation drives with amounts and sites, a news site reporting its own
cash gift to flood relief (and knocking subscription sites), diaspora fundraisers with totals, a
community centre's Giving Tuesday appeal for regular donations, a charity beating its fundraising
target, a business daily's new print editions and its subscribers, a columnist on government money
for local newspapers, a blogger on another outlet's subscriber shortfall, a fund's 25 years of
fundraising, and a newsroom's membership project winning a grant.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it
stands, every gold appeal substring is located in it (asserted unique), and the documents are
written to Fixtures/unseen-batch148.jsonl. Named `unseen-` because no rule is fitted to it.
"""


from whole_documents import _doc, _neg


# --- Probe 128: appeal documents ----------------------------------------------------------------

_UPSHIFT_TOP = "\n".join([
    "Keep in touch!",
    "Register for email alerts about Upshift's newest pieces, plus ways you can get stuck in with our campaigns.",
])

_UPSHIFT_END = "\n".join([
    "Upshift is counting on you now like never before!",
    "Nearly everything we publish is paid for by readers who chip in each month - yet we still fall a bit short of covering the bills and growing the team.",
    "Once 1,500 of you become regular subscribers, we can stand fully on our own two feet - and that",
])

_MERIDIAN_WALL = "Become a subscriber to unlock every article on our website"

_COURIER_NEWSLETTER = (
    "Start each morning with the latest on your side landing straight in your inbox, courtesy of the "
    "Courier's Football Newsletter. Register for the newsletter, then pick your club using the link "
    "we email over, and we'll shape the football updates around your team."
)

_COMMONGROUND_DONATE = "\n".join([
    "Enjoy what you read here at The CGN?",
    "Then you'll enjoy it all the more once you know a gift from you keeps us swinging punches for the right side.",
    "Throw a couple of dollars our way and watch what they can do!",
    "Anything you give toward the cost of keeping this website running will be received with real thanks.",
    "Give by PayPal or card using the button underneath, or send a direct deposit: BSB: 000417; Acct: 55012388",
])

_OPENLANTERN_NEWSLETTER = (
    "Get Open Lantern's newest reporting and our upcoming events in your inbox every week with our "
    "newsletter. Nothing spammy, only worthwhile reads."
)

_KAMPUNG_BACKERS = "Still, a handful of bonus editions are on their way to the Teh Tarik Backers… 😘"

_KAMPUNG_TIPJAR = (
    "During the last few days I put a quick poll up on Mastodon, mostly to hear what readers thought. "
    "A number of you have told me you'd happily back what I do but would rather not sign up for an "
    "ongoing plan, or that US$6/US$60 simply isn't a sum that works right now. That's completely okay "
    "(this newsletter stays free every week!), but most of those who answered the poll said they'd "
    "pick a cheaper route that let them show some love without forking out much. I toyed with "
    "setting up Liberapay, but in the end Buy Me a Coffee seemed the better fit. So here it is: if "
    "you feel like dropping a small something into the jar, pop over to my Buy Me a Coffee page. "
    "Terima kasih banyak!"
)

_GOODTIDINGS_COOP = (
    "With Good Tidings on the way to becoming the world's first news co-operative owned by its crowd "
    "of backers, we are giving our writers (and every one of our readers too) a rare chance to take "
    "a share in the publication."
)


PROBE128_APPEALS = [
    _doc("b148-upshiftpolitics-pell-oustedmps-top+end", "appeal", "top+end",
         "Invented; modelled on Evolve Politics (blog post, sign-up block under the headline and cut-off regular-subscriber donation plea at the end)", "en", [
             "DON’T SNIGGER: Gordon Pell promises a helping hand to freshly ousted Crown Party MPs he says are facing “money worries”",
             _UPSHIFT_TOP,
             "Gordon Pell has vowed to look after Crown Party MPs who were thrown out at the polls after their shambolic campaign, a good number of whom are reportedly now facing ‘money worries’.",
             "Pell is said to have made the promise on Tuesday at a gathering of the Backbench Forum – the body that speaks for Crown Party members without a ministerial job.",
             "He is also reported to have told the forum:",
             "This was my doing and I'm the one who will put it right",
             "Social media erupted when word got out about Pell's tender feelings for the newly dumped Crown MPs — though whether anyone has yet reached for a tiny violin is still, for now, unverified.",
             "It's tempting to picture former Crown MPs lining up at the job centre and taking a no-guarantee gig delivering takeaways by scooter to cover the rent, but what Pell is really saying is that the defeated candidates will just be slotted into a comfy post elsewhere in the party machine.",
             "Still, no consolation role he hands out will make up for the Crown Party's embarrassing drubbing.",
             "But try not to snigger too hard. These buffoons still hold the launch codes. Looking at the Crown Party's general chaos, you could easily picture them plunging us all into a radioactive winter – whether through their sabre-rattling or just by leaning on the wrong switch.",
             "That's what is so alarming about Crown Party bungling: it comes with real power attached. A risky mix.",
             _UPSHIFT_END,
         ], appeals=[_UPSHIFT_TOP, _UPSHIFT_END]),
    _doc("b148-meridianquarterly-continental-paywall-end", "appeal", "end",
         "Invented; modelled on Quadrant (magazine essay cut with an ellipsis, one-line subscribe-to-read paywall line)", "en", [
             "The Continental in Perpetuity",
             "One choice could be made that would matter more to the nation's long-term fortunes than the result of any general election in the coming decade. That choice rests with a single person—Conrad Vail. What we need is an arrangement that keeps the Continental newspaper in print for generations to come. In an era of clips and feeds we must hold on to a serious paper of record that reaches every state, a neglected but essential part of the country's public architecture. Naturally, the sharpest minds look to Meridian for their quarterly dose of serious argument, yet the reflective among ordinary readers…",
             _MERIDIAN_WALL,
         ], appeals=[_MERIDIAN_WALL]),
    _doc("b148-dailycourier-harbridge-parade-footballnewsletter-middle", "appeal", "middle",
         "Invented; modelled on Metro (UK) via a daily8.com mirror (single-paragraph mirrored story, football-newsletter sign-up mid-paragraph, cut mid-word)", "en", [
             "Why it mattered that police said so quickly the Harbridge driver was a local man",
             "Within minutes of a van ploughing into supporters celebratingHarbridge Rovers' first league crown in 31 years, timelines filled up with invented stories that the man at the wheel was an asylum seeker. Close to 60 people, among them three children, were hurt, and several were pinned beneath the van as the chaos played out. While paramedics and fire crews worked at the scene, another story was spreading on phones. Faceless profiles stoked the rumours at speed, sharing doctored photos, twisted captions and assertions with nothing behind them to stir up anti-migrant anger. Yet Eastmoor Constabulary moved fast to stamp out the falsehoods circulating online, a step one expert called 'without precedent'. " + _COURIER_NEWSLETTER + " Having learned from earlier failures, Eastmoor Constabulary acted to kill off the gossip. In under 90 minutes, officers said a 47-year-old local man had been detained and that the crash was not being handled as a terror incident. Last summer, the force was heavily criticised for how little it said after the killing of two teenagers in Saltmarsh. Dr Alan Brierley, who teaches criminology at Northgate University, called it a 'total change of approach' in how the constabulary handles what the public is saying. He told a morning radio news show the faster statement was nothing like the response after the Saltmarsh stabbings last August. He said: There has been a change, because, especially when you think about what followed Saltmarsh… 'A great deal of blame was aimed at Eastmoor Const",
         ], appeals=[_COURIER_NEWSLETTER]),
    _doc("b148-commongroundnetwork-newyear-2021-donate-end", "appeal", "end",
         "Invented; modelled on The AIMN (new-year post, shortcode line then a five-line donate block with bank details)", "en", [
             "Nobody can say what a fresh year will bring, though 2021 may turn out a little unusual. Should it carry on the way 2020 wrapped up – in politics, at least – we could find ourselves hoping 2022 hurries along.",
             "Still, we can fret about that on the remaining 364 days. Not now. This is Day 1. A year's opening day ought to be about hope and good cheer, not gloom.",
             "Day 1 is when we gather and sketch out how we'll put right everything that's broken; how we'll leave the place in better shape than we found it just last night; how the tracks we leave through the coming months will be pressed into the ground we cross; and how we'll travel a step beyond where the old year took us.",
             "And all of it, we'll do as one.",
             "Before anything else, though, we send our warmest hopes for health and luck in the year ahead. To everyone who makes up The CGN, these wishes are for you. And thanks as well for standing with us and keeping us company throughout 2020.",
             "2021 … here we go!",
             "[textblock style=”4″]",
             _COMMONGROUND_DONATE,
         ], appeals=[_COMMONGROUND_DONATE]),
    _doc("b148-openlantern-sectionlist-newsletter-top", "appeal", "top",
         "Invented; modelled on New Naratif (section listing with glued \"Posted in\" tags, newsletter line at the top)", "en", [
             _OPENLANTERN_NEWSLETTER,
             "Posted inVideo",
             "What the Harbour Villa Feud Reveals about Fragile State Institutions in Port Amara",
             "Dr Rani Velu unpacks the quarrel over the late founding premier's harbourside villa between Premier Ismail Tan and his brother and sister, Tan Mei Hua and Tan Wei Jin; why the founder's memory keeps the Unity Front winning at the ballot box and holding every lever of power; what the row says about how feeble Port Amara's public institutions are; and how the city-state wears the costume of openness and accountability without the substance underneath.",
             "Posted inPodcast",
             "Rafiq Ahmed Sarker: Labourer by Day, Poet by Night",
             "Rani talks to Rafiq Ahmed Sarker, a construction labourer from Sylhet who set up the \"Dormitory Poets Circle\" and is now laid up with dengue (though on the mend), together with Aileen and Marcus, two Port Amara residents who help run his group, about their writing nights and other projects; about the outbreak sweeping through the worker dormitories; and about the deeper structural problems migrant labourers in Port Amara keep running into",
             "Posted inVideo",
             "How the Unity Front's Welfare Machine Breeds Reliance and Keeps Residents in Line",
             "Historian Rani Velu (\"Dr Rani\") shows how the Unity Front in Port Amara, by deliberate social engineering since the 1970s, has built a set-up in which the government can reach deep into people's private lives and make the public lean on the state for everything; and how that reliance in turn leaves residents too nervous to speak out or stand against those in charge.",
             "Posted inResearch",
             "A Short Account of Voting in Port Amara",
             "Port Amara's many decades of polls have been shaped by a pull between two forces: on one side, voters at large asking for a government that listens and answers to them; on the other, the ruling party's wish to narrow the options open to voters so it can secure the result it has already decid",
         ], appeals=[_OPENLANTERN_NEWSLETTER]),
    _doc("b148-notesfromthekampung-issue112-backers-tipjar-middle", "appeal", "middle",
         "Invented; modelled on We, The Citizens (personal weekly newsletter, backers tease at the end of a line then a tip-jar paragraph)", "en", [
             "Our closing issue for this year.",
             "Issue 112",
             "I've spent the past few days in Penang doing a course on digital safety for reporters (seriously, seriously worthwhile), and I also dropped in on Open Lantern's holiday get-together. If you came along to the Loft at Beach Street on Friday, a huge thank you!",
             "This will be my final weekly issue of the year, since I'm giving myself the last weekend of December off. " + _KAMPUNG_BACKERS,
             _KAMPUNG_TIPJAR,
             "It's that time of year. OHA time, I mean.",
             "Considering how much I've written and said about the Online Harms Act over these twelve months, it feels right that Notes from the Kampung closes the year on it.",
             "A fresh batch of OHA notices has gone out: one to the Reform Alliance, and another to Citizens First chief Daniel Koh. Each has done what the notice told them to, though the Reform Alliance says it will go to court to have it struck down. Daniel Koh has also slammed the OHA as \"a law for thin-skinned ministers\" and says he is weighing up a legal challenge.",
             "It all turned a bit self-referential as well, with the Unity Front government objecting to the Boston Ledger's reporting on the OHA and saying the paper was \"repeating untrue claims\" because it had not run the reply from Port Amara's envoy",
         ], appeals=[_KAMPUNG_BACKERS, _KAMPUNG_TIPJAR]),
    _doc("b148-goodtidings-whywewrite-coop-top", "appeal", "top",
         "Invented; modelled on Positive News (feature with duplicated standfirst, co-operative ownership sentence line near the top, glued photo label)", "en", [
             "What keeps me writing for Good Tidings",
             "We asked a few of the writers behind Good Tidings what draws them to work for the paper",
             "We asked a few of the writers behind Good Tidings what draws them to work for the paper",
             _GOODTIDINGS_COOP,
             "We talked with several of our regular writers to learn why they choose to report for Good Tidings and what makes it different in their eyes.",
             "To see what our readers, backers and new co-owners have to say about Good Tidings, head to our reader stories page.",
             "maeveokafor-portrait-bwMaeve Okafor, freelance reporter and Good Tidings contributor",
             "Lots of us go into reporting with one wide-eyed ambition – to change things for the better, however modestly. Yet as the years pass that ambition can fade, as the grind of today's news business – never mind everyday worries like covering the mortgage and filling the fridge – pulls us away from the hopes that first steered us into the trade.",
             "\"At Good Tidings, nobody asks how shocking your piece is. What they ask is: will this piece leave the world a bit better off?\"",
             "Thankfully, a few outlets are still around that nurture the sort of reporting so many mainstream papers appear to have given up on. At Good Tidings, the point isn't how shocking your piece is or how loud the headline. What they ask instead is: will this piece leave the world a bit better off?, what lessons does it hold?, and will it lift and spur on the people who read it?",
             "I've treasured every minute working alongside the Good Tidings editors, and I'm proud of the pieces I've filed for them – hopeful, upbeat stories that honour what's good and sketch a practical route toward what comes next. Staying un-jaded is tough in this line of work, but writing for Good Tidings makes it a little bit eas",
         ], appeals=[_GOODTIDINGS_COOP]),
]


# --- Probe 128: negatives -----------------------------------------------------------------------

PROBE128_NEGATIVES = [
    _neg("b148-investigativedesknetwork-kestria-foreigngrants-neg",
         "Invented; modelled on GIJN (press-freedom essay defending foreign grants to nonprofit newsrooms)", "en", [
             "Foreign Grants Are Not What Ails Kestria's Newsrooms",
             "Lourdes M. Alcaraz heads the graduate reporting programme at Northfield University and helped found the Kestrian Centre for Public Interest Reporting.",
             "From the Editor: The squeeze on independent reporting in Kestria right now is deeply worrying. Once among the most open press scenes in the region, the country's independent outlets are being hammered by President Ramon Abellera and those around him, through lawsuits, political pressure and swarms of paid online attackers.",
             "Each of IDN's three members in Kestria — the prize-winning Kestrian Centre for Public Interest Reporting, Tambuli and Lantaw Media — is being picked out for especially harsh treatment, plainly meant to finish them off. Tambuli is fighting 14 cases that its lawyers call political, its well-known founder Celia Duran has been charged, and its reporters regularly receive threats over their coverage of a police \"crime crackdown\" that Amnesty says has left 19,000 dead since 2017.",
             "Pundits loyal to Abellera have turned on the small grants these nonprofits get from abroad, insisting, with no proof at all, that the money is part of an overseas scheme to topple the president. In this forceful reply, KCPIR co-founder Lourdes Alcaraz dismantles the falsehoods and spin driving the attacks.",
             "Many years back, when we were green and reckless, Tessa Villareal and I were thrown out of The Capital Herald for backing Nonoy Salcedo.",
             "We wanted Nonoy to take over from Arturo Benitez as the paper's editor. We believed he had what it took to run the Herald, a title closed down under the emergency decree and revived a few months after the dictator fled.",
             "What a mistake that was.",
             "In the years since, Nonoy has turned from a reporter who respected the record into a learned defender of a crackdown on our hard-w",
         ]),
    _neg("b148-pressroomnorth-thistlereview-crowdfund-editor-neg",
         "Invented; modelled on AllMediaScotland (media-trade item relaying another website's crowdfunding appeal at length)", "en", [
             "THE pro-independence blog, Thistle Review, wants to raise £35,000 from its readers, to fund an editor's salary and a regular columnist.",
             "The fundraising push was revealed by the blog, as it introduced ex-Observer reporter Morag Lindsay as its latest columnist.",
             "The site says: “Thistle Review has been running since spring 2009 and now, with the vote approaching, the moment has come to sharpen our aims, raise our standards and publish more. For that we need your help, so in the coming days we will open a public fundraiser to pay for an editor's job and a fresh monthly column.",
             "“Our newest contributor is Morag Lindsay, among the most seasoned and respected investigative reporters of her generation, who spent years on the Observer's celebrated insight desk as its Highlands correspondent and who made the award-winning Uaigneas series for Radio Alba.”",
             "Thistle Review calls itself “a web journal about sovereignty, self-rule and the case for going it alone”.",
             "The appeal goes on: “Lindsay has worked as a reporter, an author, a presenter and a dramatist. Her radio documentary Tay Bridge Down took a Sony award in 2001, and she has written for the Independent, the Spectator, the Courier and the Press and Journal, among others. Her books include Salt and Ashes: A Hebridean Century and The Factor's Ledger: Clearance and Memory. Her play, The Ferryman's Daughter, picked up three prizes at the Dundee Rep festival.",
             "“Her first column for Thistle appears next month.",
             "“We aim to raise £35,000 to start putting right the imbalance in press coverage and to take our place among the many fresh outlets and voices now finding an audience. This will go towards a permanent editorial job, to support Morag Lindsay's column, to produce publicity material for the project and to fund two more issues of Ceilidh, our paper edition.”",
         ]),
    _neg("b148-islanddaily-staurelia-volcano-donations-neg",
         "Invented; modelled on Newsday Trinidad and Tobago (news on volcano-relief donation drives with amounts and websites)", "en", [
             "Aid flows to St Aurelia from Port Delmar",
             "Online giving for the relief effort in St Aurelia is now being handled by the island's Disaster Preparedness and Response Office (DPRO) as the government appeals for help.",
             "Gifts of anywhere from US$20 to US$4,000, or any amount you choose, can be made on the aureliarelief.example.org site.",
             "Mount Caldera erupted on March 22, forcing more than 16,000 islanders from their homes, many of whom are now staying in emergency shelters.",
             "The site said, “The DPRO urgently needs money to shelter, feed and clothe the displaced. Many fled with only what they could carry and cannot say when, or whether, they will be able to go home.”",
             "Groups in Port Delmar are still gathering goods to be shipped to St Aurelia and nearby islands hit by falling ash.",
             "The relief charity Hands Across the Water (HAW) has also opened an online collection for its backers in North America, through a crowdfunding page linked from its site handsacross.example.org. The group has raised $5,230 so far and is also taking donations from the general public.",
             "“People have been incredible,” said coordinator Marlene Baptiste-Charles. “Companies and shop owners have been giving generously.” She said help had also come from office workers, congregations and schools.",
             "She said that by Thursday evening the volunteers were almost done filling three 20-foot containers and had already sent a number of others to St Aurelia and one to Grenmoor, which has also been dusted with ash.",
             "Baptiste-Charles said the group had been keeping an eye on the mountain since October, when tremors were first recorded. She said that on the day it was warned an eruption was close, it drew on its own stockpile and appealed for help.",
             "She said the replies were slow at first, as people were not sure anything serious would happen, but once the first blast shook the island, she said everything changed and the public c",
         ]),
    _neg("b148-harbourwatchnews-floods-owncashgift-neg",
         "Invented; modelled on I-Witness News (news site reporting its own cash gift to flood relief, contrasting subscription sites)", "en", [
             "Reporter Daniel R. Pascal, right, covers the damage from the October floods in Calder Bay. Yvonne Mathurin, whose home was swamped, also appears. (Photo: Curtis Layne)",
             "Harbour Watch News, the island's top online news and current affairs outlet, has given money to the October flood recovery fund.",
             "Reporter Daniel R. Pascal, who started Harbour Watch News and serves as its editor-in-chief, told a fundraising telethon run by Radio Sunrise last month that the site would give EC$750 to the rebuilding effort.",
             "The site made good on that promise on Monday when it paid EC$750 into the 2019 flood recovery account at the Eastern Co-operative Bank.",
             "“Harbour Watch News is a tiny outlet working on a shoestring, but we are glad we could make a modest cash gift towards helping the country get back on its feet after the terrible floods and mudslides in October,” Pascal said.",
             "“That said, the money we gave to the recovery fund is tiny next to the worth of the reporting we have offered readers at no charge since 2011, and above all in the first hours after the October floods,” Pascal went on.",
             "(See all our reporting on the October floods)",
             "“For the most part it was Harbour Watch News that kept islanders at home and abroad up to date when people badly needed to know what was going on. We were first to report that residents had been swept off by the water on the night of October 17 and we have stayed on the story ever since.",
             "“By contrast, the people who run paywalled news sites on the island did not put out one report during the first 72 hours of the floods. Meanwhile, our stories were being picked up by newsrooms around the region and as far off as Toronto and London, among them Sky News,” Pascal added.",
             "“The way we covered the floods is why so many people turn to Harbour Watch News daily for ‘The news you need, right away,’” Pascal",
         ]),
    _neg("b148-diasporadispatch-staurelia-volcano-fundraisers-neg",
         "Invented; modelled on News Americas Now (diaspora news on relief fundraisers with totals)", "en", [
             "From the DD Newsdesk",
             "Diaspora Dispatch, BROOKLYN, NY, Wed. March 24, 2021: A number of island diaspora groups have already stepped up as St Aurelia struggles with the eruption of Mount Caldera on top of a pandemic that had already gutted its main earner – cruise tourism.",
             "Leading the effort is Caribbean Rising, the international business development network set up by New York-based, island-born broadcaster, businesswoman and longtime campaigner Yolanda K. Desvignes.",
             "Desvignes has joined forces with the Coralstone Group of Antigua to start the St Aurelia Eruption Relief crowdfunding page, which has pulled in more than USD 21,000 in just two days.",
             "Caribbean Rising, the region's international business development network, and its partner the Coralstone Group of Antigua have joined up on a large-scale relief push for St Aurelia.",
             "Desvignes said the two organisations are concentrating first on urgent needs such as food and drinking water, especially for people in shelters, before turning to the longer-term rebuilding by drawing on their networks to boost giving and get the message out.",
             "“Nothing I have seen in my life compares with a catastrophe on this scale,” said Desvignes. “As someone born in the islands who made a life abroad, we simply have to step in.”",
             "In London, H.E. Marcus Delacroix, St Aurelia's High Commissioner, together with the ST AURELIA UK ASSOCIATION, had collected an impressive £47,380 for the relief effort by Tuesday evening.",
             "In Tampa, Florida, Renée Mitchell was also gathering gifts that passed $2,40 by Tuesday night, while in Birmingham, Curtis Ollivierre raised more than £2,900 to help.",
             "In Brooklyn, the Labor Day Islands Parade Committee's Aurelia Rising Relief Drive is collecting canned food, toiletries and household goods. Collection times",
         ]),
    _neg("b148-diasporaweekly-harpstreetcentre-givingtuesday-neg",
         "Invented; modelled on The Irish Post (community centre's Giving Tuesday appeal for regular donations, duplicated headline)", "en", [
             "Harp Street Centre starts Giving Tuesday drive",
             "Harp Street Centre starts Giving Tuesday drive",
             "The Harp Street Centre has begun a fundraising drive to combat loneliness and hardship among Irish people in Manchester. The drive opens on Giving Tuesday, an international day of generosity on which people are urged to back a worthy cause after the Black Friday sales.",
             "Besides being a home for Irish music, dance and language, the Harp Street Centre in Manchester's Northern Quarter welcomes thousands of visitors every year for practical help and community services. These range from qualified advice and legal support to home visits and weekly lunch clubs, among much else. Bringing people together lies at the heart of what the Centre does, and over the past twelve months the charity has put on over 450 events and sessions to build friendships and good mental health.",
             "Set up in May 1962 to help new arrivals from Ireland in a city short of work and housing, the Harp Street Centre marks 65 years next spring and is asking supporters to sign up for monthly gifts this Giving Tuesday so it can keep its doors open and help people find support in every season.",
             "For the past three years, the Harp Street Centre has stayed open on Christmas Day and, this time, will serve its largest festive meal so far, for 40 people living alone who might otherwise have had no company on the day. Several guests described last year's opening as their “happiest Christmas in ages”, and it drew regulars and first-timers alike.",
             "Among them was Chorlton resident Dermot, an Irishman who had never visited the Centre until he spotted it online and who has kept coming to the café ever since to meet other Irish people. Another was Bridie, who first came looking for help and now never misses a lunch club and has relied on several of our advice services. Read Dermot & Bridie's story here.",
             "Alongside this,",
         ]),
    _neg("b148-irishvoicelondon-seniorsnetwork-targetbeaten-neg",
         "Invented; modelled on The Irish World (charity beating its fundraising target, quoted thanks)", "en", [
             "Irish Seniors Support Network smashes fundraising goal",
             "By Ciarán Molloy",
             "The Irish Seniors Support Network has raised about £22,000 to print its guide of information, tips and help for older Irish people during the present flu emergency. That is well beyond its £12,000 goal and means it can post a 24-page guide, instead of the six pages first planned, to every one of the 5,000 older Irish people on its mailing list.",
             "The Irish Voice covered the appeal last week and Frank Dolan, the well-known former hotelier, had already raised over 12k through a sponsored walk in Portugal before our edition even went to print.",
             "Siobhán Keane, Outreach Manager, Irish Seniors Support Network, told The Irish Voice: “He was brilliant. It really was the whole community. We got an enormous amount of support from the Irish dance schools and loads of local people, and of course Frank working his magic with the larger givers, which was wonderful.",
             "“A massive thank you to all who helped us hit our fundraising goal and sail right past it.",
             "“This has been an amazing effort by everyone and I know it will make a huge difference to older Irish people right across London. Well done to all and a massive thank you from everybody at Irish Seniors Support Network.”",
             "The Irish Seniors Support Network lost its chairman Tom Cusack to the flu earlier in the month. Tom was buried in his home village of Ballyroan in Offaly on Friday. Although lockdown rules kept many of his friends away, they did record a ballad, The Road Back West, in his memory, and it was played beside his grave.",
         ]),
    _neg("b148-adbeatindia-ledgerdaily-newprinteditions-neg",
         "Invented; modelled on exchange4media (trade news on a business daily's new print editions, mention of its subscribers)", "en", [
             "Sterling Media Group rolls out The Ledger Daily's new print editions in Indore and Nagpur",
             "The move takes The Ledger Daily to 58 cities with 11 editions",
             "Sterling Media Group has started two further print editions of The Ledger Daily, its economy and markets newspaper, in Indore and Nagpur. The move takes The Ledger Daily to 58 cities with 11 editions.",
             "The Indore edition will reach readers across Indore, Dewas and Ujjain, and will also be delivered to Bhopal, Ratlam, Khandwa and Mhow. The Nagpur edition will go to readers in Nagpur, Wardha and Chandrapur (eastern Maharashtra). Towns in western Maharashtra are already covered by the Group's Pune press.",
             "The launch forms part of Sterling Media Group's drive to put The Ledger Daily in more hands across fast-expanding cities, at a time when the country is pulling ahead as one of the quickest-growing large economies anywhere.",
             "Meera Raghavan, Executive Editor of The Ledger Daily, described the paper's place in readers' everyday lives. “Our particular style of reporting, with its scoops, deep-dive investigations and sharp opinion, keeps winning over new readers every day. That is heartening. Yet in a way it's no surprise. As more people look for money know-how, a better life and a stake in the country's economic rise, they will want a reliable news companion along the way,” she said, going on, “The Ledger Daily has been exactly that for more than 14 years, so we're a safe choice for inquiring minds.”",
             "“Our newest brand push [#QuestionEverything] is built on the notion of curiosity as the engine of progress, a thread that runs through our newsroom and the stories we publish. We feel the same about our subscriber community too, whom we regard as people who make decisions and, above all, people who make a difference,” Raghavan said.",
             "The Ledger Daily began life in August 2009 with a special a",
         ]),
    _neg("b148-lakeshoregazette-newspapersweek-fundingcolumn-neg",
         "Invented; modelled on Simcoe.com (columnist on government money promised for local newspapers)", "en", [
             "With this being Local Press Week, Premier Helen Vasquez chose to post a message on social media praising what newspapers do for our democracy.",
             "\"In a world that never stops changing and a news business that keeps shifting under our feet, our hometown papers are essential to keeping our democracy healthy,\" she posted. \"Hats off to the papers — large and small — who keep us in the know.\"",
             "It is comforting to hear that the work of our newspapers is valued. For a great many people, me among them, there is a deep-rooted conviction that a democracy can only be as sturdy as the health and energy of its newspapers.",
             "Yet over the last ten years, no fewer than 112 town and regional papers have shut down or stopped printing. That, in turn, has produced so-called \"information voids\" where some towns are left without any news source whatsoever. Plenty of others are fighting hard just to keep going.",
             "In response, the Vasquez government pledged in its spring budget to put $35 million toward local reporting. It also said it would create new charitable routes to help \"independent, not-for-profit news.\" And thirdly, it said it would review its ad spending, which goes almost entirely online and leaves printed papers all but shut out.",
             "We should remember the province had ordered two reviews of the sector's troubles, both of which produced lengthy lists of proposals. Nearly all of them were turned down.",
             "So what has come of it?",
             "Some chatter, but nothing concrete done whatsoever.",
             "Consider the $35 million meant to be paid out over four years. The idea was for the money to flow to \"arm's-length, non-government bodies\" to back reporting in poorly served towns.",
             "Yet the government apparently cannot settle on who those bodies should be. A couple of early meetings have taken place but not so much as a call for applications has gone out. Perhaps next year, we hear.",
             "As for the new charitable routes, a panel was set up to look into it. When will we see a result? Most likely next year.",
             "The ad",
         ]),
    _neg("b148-kopitiamnotes-openlantern-subscribershortfall-neg",
         "Invented; modelled on akikonomu (blogger on another outlet's subscriber shortfall and staff dispute)", "en", [
             "3 September 2023",
             "Has the Open Lantern Feud Finished Off Open Lantern?",
             "In June 2023, Open Lantern sounded the alarm. For the first time ever, after years of publishing \"transparency statements\" to its members and the wider public, Dr Rani Velu, the site's chief executive and head of its parent firm Straits Commons Media Pte Ltd, owned up to a serious hole in the accounts. Member counts had been overstated, membership dues left uncollected, producing a revised revenue gap of USD 55,000. Shortly afterwards, she seems to have dismissed nearly the whole newsroom. Even today, Open Lantern's overhaul is still under way as it shifts to a new way of making money, a new editorial slant, and a new reason to exist.",
             "All of this is routine for a business in money trouble—until the reporters Dr Velu let go decided to take the quarrel public. They claim Velu deceived both the readers and the team. Velu charged the team with trying to undermine her leadership, and further charged them with running a smear campaign. The former staff stick to their account, pointing out that paper records (apparently in the statements and member emails) back their version of events, not Velu's.",
             "Woodcut of the Battle of Naseby, from a broadsheet, c.1645",
             "In a burst of folly, Velu and her ex-staff have launched the equivalent of nuclear missiles at each other in a war that can only destroy both. Each side may decline to say anything more but the harm has already been done.",
         ]),
    _neg("b148-enterprisequarterly-anglohibernianfund-25years-neg",
         "Invented; modelled on Business & Finance (magazine piece on a charity fund's 25 years of fundraising)", "en", [
             "Quarter-century of giving",
             "By Enterprise Quarterly",
             "22 September 2014",
             "Ireland Week at the Mansion House offered the ideal moment to mark the Anglo-Hibernian Fund's 25th birthday, which falls on September 30th, writes the Fund's chief executive, Gráinne Healy.",
             "Life for Irish people in Britain has been transformed since Sir Desmond Fahy first founded the Anglo-Hibernian Fund, but the demand for what it does goes on unabated. Ronan Whelan, joint chairman of the Anglo-Hibernian Fund and head of corporate lending at Barclay Row Bank, was recently honoured by Aisling Moore of Emerald Enterprise for his efforts on behalf of this vital charity.",
             "The Anglo-Hibernian Fund is at heart a grant-raising body that pays for work on peace-building, reconciliation, schooling, the arts and the easing of hardship in Britain and Ireland.",
             "Lately it has concentrated on its ‘Left Behind Irish’ drive, which was conceived and started with the backing of the charity's patron, Dame Eileen Corrigan, in 2008.",
             "The drive sets out to support those who left Ireland for Britain but have since hit hard times and were ‘left behind’ amid the boom years back home.",
             "The effort rests on pioneering studies paid for by the Anglo-Hibernian Fund to map what the Irish community in Britain actually needs.",
             "They say copying is the highest compliment, so people have certainly noticed that sister funds, including those in Canada and Australia, have taken up the same drive.",
             "As time went on, further groups among the Left Behind Irish came to light, among them the survivors of the industrial schools, a good number of whom now live in Britain. These survivors had spent years fighting to be acknowledged and to win redress for what they suffered while locked away in the industrial schools. Such causes can be hard to raise money for, since so few people knew the schools' history.",
             "In spring 2012 Whelan, with four weeks'",
         ]),
    _neg("b148-southdeskmedia-diasporaconnect-membership-grant-neg",
         "Invented; modelled on The News Minute (newsroom announcing its expat membership project won a grant, duplicated standfirst)", "en", [
             "SDM's expat membership scheme wins backing from the Open Newsroom Fund challenge",
             "SDM Diaspora Connect will keep South Desk Media's focus on reporting the south, from the south.",
             "South Desk Media is delighted to share that one of our audience projects has been picked for a grant in the Asia Pacific round of the Open Newsroom Fund challenge, run by the Northlight Foundation's journalism programme. The scheme, called SDM Diaspora Connect, aims to bring our readers overseas closer to us.",
             "“As part of our mission to help news organisations flourish online, the Asia Pacific Open Newsroom Fund challenge searched for fresh ideas to help newsrooms across the region deepen their ties with readers. Picked from 310 entries, South Desk Media's plan offered a practical, workable answer, and we can't wait to see what comes of it,\" says Priyanka Menon, Regional Programme Lead, Northlight Foundation.",
             "SDM Diaspora Connect is a membership scheme aimed at non-resident readers – people from the region now working in Canada, Singapore or Australia. It will help them keep close to their cultural roots, and bring together a community of kindred spirits across borders. The scheme will give members a real voice on issues back home, political or social, joyful or sad, and let them step in with help when things go wrong.",
             "SDM Diaspora Connect will keep South Desk Media's focus on reporting the south, from the south.",
             "The scheme will go live over the next few months, says South Desk Media chief executive Arjun Pillai. “We're thrilled the Fund has chosen SDM Diaspora Connect for a grant. At SDM, we hold that our reporting should serve the public, and we are approaching this scheme with that principle at its core,” Pillai says.",
             "“Our readers abroad are among our most loyal backers and champions, and we would love",
         ]),
]


BATCH148_DOCUMENTS = PROBE128_APPEALS + PROBE128_NEGATIVES
