"""Batch 134: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

25 documents (12 appeal, 13 negative; all EN): our own paraphrases of every document of the
local-only real probe 114 (25 documents). Each keeps the real page's structure line for line (no blank
lines anywhere, as in the real pages): a year-in-review picks page with an illustration caption, a
newsletter sign-up pair between the intro and the first pick, and a "By ... / Chosen by ..." line; a
mirrored article flattened onto one line with its repeated headline, image credit and an "Article
continues below" shard, cut mid-word; a launch-issue newsletter letter cut mid-sentence; a weekly
digest with an "Including:" list, a reader survey run by a charity, "Latest from our website" and
"News from our partners" sections cut mid-word; a one-person blog's birthday post; a founder's
anniversary letter cut mid-word; a three-line paywall teaser with a "..." standfirst; an editor's
letter with a PUBLISHED/UPDATED dateline and photo caption; a regional network's newsletter promo page
with a doubled photo caption and a cut-off closing sign-up line; a "Connect with us" widget line above
an opinion piece; a brand tagline pair above a doubled headline/standfirst; an exile paper's "support
us" page signed by its editor.

What the gold marks, as the real gold does: a two-line newsletter block (heading + sign-up line); one
newsletter sentence in the middle of the flattened line (the text around it stays text); the two
supporter-payment paragraphs of a launch letter (the contact paragraph below stays text); a single
"become a paid subscriber" sentence ending in a colon (the survey and prize below stay text); a blog's
"favour" title plus the birthday tip-jar plea starting mid-line through the payment link; a membership
programme heading and its cut-off opening sentence; a "subscribe to read the full story" line; an
editor's title line plus the whole signed support letter (the dateline, byline and caption between stay
text); a newsletter sign-up title line and the cut-off sign-up sentence at the end; the "Connect with
us" line; the two-line brand tagline; a "Support ..." title plus the "What can you do?" block with its
sponsored-subscription price, donation line and sign-off. Negatives keep what makes the real ones
hard: a tabloid giving its ad space to charities with quoted donation talk, a list of cancelled charity
fundraisers with "HERE" donation links and an add-your-event email, a relayed review essay about
online subscriptions, a community paper's AGM and council funding, a headline about a local paper
closing, typhoon donation drives with bank/e-wallet details and relief-item lists, a prayer group's
donation to a foundation, an NGO's crowdfunding story, a media body's warning on a paper's closure,
diaspora fundraising with record donations, a diaspora aid feature, a radio transcript on country
papers closing and their cover price, a note on a news digest closing for lack of funding.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the builder takes each text as it
stands, locates every gold appeal substring in it (asserted unique) and writes the unseen fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 114: appeal documents ----------------------------------------------------------------

_LENS_NEWSLETTER = "\n".join([
    "Keep up with Levant Lens by email",
    "Register for breaking alerts, expert commentary and explainers, beginning with Gulf Briefing",
])

_VALLEYS_NEWSLETTER = (
    "To get our no-cost morning digest on the questions shaping Welsh public life, register for the "
    "Bay Briefing newsletter at this link."
)

_WEALD_SUPPORTERS = "\n".join([
    "We can only keep going if a good share of our readers chips in, so if local reporting matters to you and you think there is a better way to do it, please think about joining us as a paying supporter. Those of you who promised to back us when you first registered will see your payments begin this morning. We are hugely grateful.",
    "We realise this is all brand new, so it is perfectly fine if you want to stick with the free issues for now and get a feel for what we are up to. It is lovely to have you here either way.",
])

_LANTERN_PAID = (
    "Before you scroll further: if independent reporting means something to you and you would like to "
    "keep it going, please think about upgrading to a paid subscription. Every one of them counts:"
)

_RADFORDIA_TITLE = "One Small Request…"

_RADFORDIA_PLEA = "\n".join([
    "until then, here is how you could turn this birthday into a good one and hand me the only present I really want: a future where proper local reporting can survive.",
    "For the past month or so this site has had help from Dom Akinyemi and Rosa Vantreight, two volunteers who answered a plea I posted on Mastodon for extra hands during the campaign. Both stepped up, and both have been brilliant. I reckon you'd say the same.",
    "So turn that goodwill into something real: chuck a tenner (or any amount at all) into the pot I've set up to pay them for the work they've done, so they can call themselves paid reporters, because at a time when the truth keeps losing out to noise, people are crying out for decent journalism.",
    "All of it goes straight to the pair of them – this site has been good to me for ten years and I don't need paying for it: if I can help a couple of new reporters get started, that's enough for me.",
    "Chip in here: https://tips.example.org/radfordia and cheers in advance x",
])

_SAKHI_MEMBERS = "\n".join([
    "The Sakhi Voices Membership Scheme",
    "Back in March, we opened the Sakhi Voices Membership Scheme, through which loyal readers can fund our work every month and in exchange get early acc",
])

_WATTLE_WALL = "Become a Wattle Creek Mail subscriber to keep reading this story."

_ECHO_TITLE = "EDITOR'S LETTER: How you can help secure the Fenmarsh Echo for years to come"

_ECHO_LETTER = "\n".join([
    "To our readers,",
    "Local reporting has never counted for more than it does today.",
    "Alongside questioning the people who run our services, and keeping you up to date on our shops, our magistrates and our football and netball clubs, our reporters are putting in long days and nights to give you checked, reliable updates on how our district is coping with the outbreak.",
    "That is exactly why we now need you to help us put local news on a footing that will last.",
    "Good journalism is not cheap, and neither is keeping every story on our website open to everyone.",
    "You will have heard how hard things have become for local papers everywhere, and the last few weeks have only made that harder.",
    "So that we can carry on and keep you in the picture, we are asking people who read us online to chip in towards what we do.",
    "The next time you drop by, you will see a way to do that. Give whatever you wish, once or every month.",
    "This district makes me proud, and so does the job we do for it. I am convinced that careful, practical, truthful local reporting matters to where we go next, and I am sure you feel the same.",
    "So I hope you will back us. Each contribution, however small, keeps us on your side and on the district's side.",
    "With thanks",
    "Harriet Cobbold, Editor",
])

_HEARTLAND_TITLE = "Register today for the Heart of the Country newsletter from Southern Cross Regional Press"

_HEARTLAND_END = (
    "Register now for the Heart of the Country newsletter and twice a week we will send - straight to "
    "your email - the freshest stories and opinions from the corners of the nation"
)

_PULSE_CONNECT = "Follow us on"

_UNDERCURRENT_TAGLINE = "\n".join([
    "Answerable only to readers",
    "Zero trackers. Zero ads",
])

_EXILE_TITLE = "Back The Zambezi Courier"

_EXILE_FRIENDS = "\n".join([
    "How can you help?",
    "Join the Courier Circle. Help us change things back home. Inside the country, countless people are denied the most basic freedoms, among them the right to reliable news. Every day they are fed clumsy, misleading state messaging.",
    "Help us bring some light to them by paying for a copy of the paper to go to a clinic, a reading room or a youth?s club back home.",
    "Twelve weeks of copies cost only £15",
    "Or just send a gift to The Zambezi Courier and we will spend it on getting more papers across the border.",
    "With gratitude.",
    "Tendai Marufu",
    "The Zambezi Courier",
])


PROBE114_APPEALS = [
    _doc("b134-levantlens-picks-middle", "appeal", "middle",
         "Invented; modelled on Middle East Eye (year-in-review picks page, two-line newsletter sign-up before the first pick)", "en", [
             "Levant Lens's editors' choice: the best of 2021",
             "Our reporters name the pieces they are proudest of - from digging through old land registries and border-permit muddles to demolitions in Aqaba and olive trees as emblems of defiance",
             "From a forgotten royal archive to mercenary abuses in the Sahel, Levant Lens travelled far in 2021 (Levant Lens artwork by Nadim Saber)",
             "For the region, 2021 was a year shaped less by its own capitals than by something everyone shared: the pandemic",
             "Vaccine shortages, fuel prices, new alliances - all of them rippled across the region as the second and third waves rolled through from spring onwards.",
             "Meanwhile, the year proved the bloodiest in a decade for civilians on both sides of several front lines, the death of a veteran radio presenter, Yusra Khalidi, robbed listeners from Tunis to Basra of a voice they had grown up with, and December closed with a deeply polarising coalition taking shape in Amman.",
             "Beirut's banks froze savings while the currency kept sliding, and angry depositors occupied branches in March. Further east, students led weeks of marches after the death of Darya Sepehri, a 24-year-old nursing student detained at a checkpoint for allegedly filming police.",
             "What follows is a handful of the stories our own journalists rate most highly from the past twelve months. It is nowhere near complete, but it is a good way into looking back at the year and ahead to the next.",
             _LENS_NEWSLETTER,
             "Exclusive: The Amman land parcel quietly kept by Britain for a future consulate",
             "By Rania Haddad / Picked by Tomas Ferrier, Investigations Editor",
             "The fenced-off 'Lemon Grove' parcel photographed this month in Amman's crowded Jabal Weibdeh district (Levant Lens/Omar Nassar)",
         ], appeals=[_LENS_NEWSLETTER]),
    _doc("b134-valleyslive-councilmergers-middle", "appeal", "middle",
         "Invented; modelled on WalesOnline via a mirror (headline line, whole article flattened onto one line, newsletter sentence mid-line, cut mid-word)", "en", [
             "Senior Welsh council leaders hit back at Senedd members calling for fewer authorities",
             "Senior Welsh council leaders hit back at Senedd members calling for fewer authorities Local authorities are already sharing services, and MSs in 'comfortable' seats should stay out of it, say the people running them Delyth Pryce chairs the Association of Welsh Councils (Image: ValleysLive/ Owain Tudor ) Merging Welsh councils would probably not cut costs because they already pool resources to save money, one of the most senior council leaders in the country has argued – while taking a swipe at Senedd members who say it would. The Association of Welsh Councils – which speaks for all of Wales' local authorities – is holding its yearly gathering in Aberystwyth this week. Before it opened, several of its leading figures briefed reporters on the pressures councils face and were asked whether merging authorities was still a live idea. The reply was a firm, almost indignant 'no'. Wales has had its present pattern of councils since the mid-1990s and arguments about whether there are too many of them have rumbled on ever since. " + _VALLEYS_NEWSLETTER + " Following the 2016 Senedd vote, then local government minister Huw Caradog took over the brief and said the existing authorities could stay as the \"first point of contact\" for residents while being expected to take part in \"stronger, compulsory joint working across regions\" so that services could be planned and run more robustly at a larger scale Article continues below Twelve months on, after a government shake-up, Rhian Lloyd inherited the portfolio and suggested she wanted the map cut to eight council areas. Ne",
         ], appeals=[_VALLEYS_NEWSLETTER]),
    _doc("b134-wealddispatch-launch-middle", "appeal", "middle",
         "Invented; modelled on Kent Current (launch-issue newsletter letter, supporter-payment paragraphs, cut mid-sentence)", "en", [
             "Sussex County Council gears up for one last vote",
             "Also: lorry queues are back on the A23, the best Sussex pranks, short news items, and more",
             "Hello and welcome to issue number one of the Weald Dispatch. Local reporting matters, yet it has been shrinking for years: newsrooms have been cut, everything has gone online, and an advertising system that no longer works has pushed publishers to churn out ever more stories that somehow say ever less.",
             "We think there is space for slower, more careful reporting that you can read without fighting your way past a screen full of pop-ups first.",
             "If you are new to us, thanks for giving us a try! For almost three years we have run a local news letter for Hastings and Rye called Pier Pressure (it sounded clever when we picked it), and we are delighted to be starting a second one that covers the whole county.",
             "At first we plan to send out about three issues a week. Expect some variety. A few will be quick news roundups (like the one below), a few will be in-depth features, a few will be conversations with the people who run the county, and a few will explore theatre, music and art around Sussex.",
             _WEALD_SUPPORTERS,
             "If there is something you think we ought to be looking into, or you simply want to say hello, drop us a line at tips AT wealddispatch DOT example. We are always glad to talk on background to begin with.",
             "On to issue one, in which we",
         ], appeals=[_WEALD_SUPPORTERS]),
    _doc("b134-highlandlantern-digest-middle", "appeal", "middle",
         "Invented; modelled on The Scottish Beacon (weekly digest, paid-subscriber sentence, charity survey, website and partner sections, cut mid-word)", "en", [
             "Wartime mines found in Dundee harbour...and a second off the Orkney coast",
             "This issue runs from forgotten sea mines to a payroll scam at a regional health board that nobody spotted for over a decade",
             "Here we are again at the end of another week, and there is plenty to get through. Such as:",
             "Two sea mines laid during a 1941 air raid turn out to be sitting in the mud of Dundee harbour",
             "£800,000 payroll scam at regional health board prompts questions for public bodies everywhere",
             "Leith Lookout look back on their year and reveal which stories readers clicked on most",
             "Fresh travel paperwork for visitors from outside the UK is putting off holidaymakers, say Highland hoteliers.",
             "A further suspected sea mine ('naval munition') spotted beside a ferry route off Orkney",
             "The Moray Bugle visit a newly excavated Pictish burial site near Burghead",
             "Plus plenty more!",
             _LANTERN_PAID,
             "How are we doing at The Highland Lantern?",
             "Answer a few short questions in our survey below for the chance to win £150!",
             "It is organised by a charity, the Local Voices Trust, and closes on 28 February 2025.",
             "Your answers will help local news across the country.",
             "New on our website",
             "Sea mines uncovered in harbour records",
             "Two sea mines laid during a 1941 air raid are still lying in the silt of Dundee harbour…",
             "£800,000 payroll scam at regional health board prompts questions for public bodies everywhere",
             "Every public body in Scotland should study the gaps that let one payroll clerk's £820,000 scam run unnoticed for 13 years…",
             "From our partner titles",
             "Leith Lookout: The Leith Lookout crew review a packed twelve months…Which story do you think came top?",
             "The Paisley Pen: Paisley Pen community publishing won a grant to gather and share the memories of local volunteers and organisers f",
         ], appeals=[_LANTERN_PAID]),
    _doc("b134-radfordia-birthday-top-end", "appeal", "top+end",
         "Invented; modelled on Beestonia (one-person local blog, favour title, birthday tip-jar plea from mid-line to payment link)", "en", [
             _RADFORDIA_TITLE,
             "Well then. It's the night before polling day and in about a day and a half we'll know who runs the place for the next four years.",
             "I've been flattened by a vicious flu, and everything feels as if I'm watching it from the bottom of a swimming pool. The occasional dose of lemsip and ibuprofen lets me come up for air briefly, before my sinuses seal shut again and I sink back down to the tiles at the deep end.",
             "It's my birthday as well. Hopefully those two things together explain why the planned flood of polling-eve material – number-crunching, hunches, gossip and ward-by-ward predictions – has shrunk to one short post about where my vote is going tomorrow, and my reasons.",
             "That post is coming later today, so " + _RADFORDIA_PLEA,
         ], appeals=[_RADFORDIA_TITLE, _RADFORDIA_PLEA]),
    _doc("b134-sakhivoices-anniversary-end", "appeal", "end",
         "Invented; modelled on Feminism in India (founder's anniversary letter, membership heading and cut-off opening sentence)", "en", [
             "Sakhi Voices Is Five: A Note From Our Founder",
             "As we turn five, Sakhi Voices founder Meher Qureshi looks back on the road so far, how we coped with the pandemic, and what we are starting next.",
             "Hello friends,",
             "Here's to one more year of Sakhi Voices! We are so grateful you are still reading 🙂",
             "These past two years have been rough on every independent newsroom, and ours was no different. With the virus still spreading, we moved the whole team online for good and handed back the keys to our office. We are thankful that the switch went smoothly, letting us carry on as before and even take on new colleagues in a hard period.",
             "We began our first ever audio show, 'Notes From The Margins', in which hosts Tanvi Rao and Ishita Bhatt talk through ordinary life through a feminist lens, drawing out how caste, class, disability, queerness and more shape what people go through, and we also set up the Sakhi Voices Careers Corner. Since the lockdowns made finding work both harder and more urgent for so many, we built the careers corner to help people searching for roles in non-profits and community work find openings more quickly.",
             "Over these two years we also put our own team's wellbeing first, bringing in paid mental health days and a series of in-house sessions for staff on learning new skills, working together and looking after themselves. Topics so far have included workplace harassment law, anxiety, managing deadlines and exhaustion, eco-friendly periods and money management, to name a few.",
             _SAKHI_MEMBERS,
         ], appeals=[_SAKHI_MEMBERS]),
    _doc("b134-wattlecreekmail-newsday-end", "appeal", "end",
         "Invented; modelled on Castlemaine Mail (three-line paywall teaser: author line, cut standfirst, subscribe line)", "en", [
             "Brenda Okafor, Regional Publishers Victoria",
             "With National Local Papers Week starting this Monday, October 14, now is a good time to remind ourselves how much small-town reporting does to hold our c...",
             _WATTLE_WALL,
         ], appeals=[_WATTLE_WALL]),
    _doc("b134-fenmarshecho-letter-top", "appeal", "top",
         "Invented; modelled on Ely Standard (editor's support letter with title, dateline, byline, photo caption and signature)", "en", [
             _ECHO_TITLE,
             "PUBLISHED: 09:12 2 April 2020 | UPDATED: 09:40 2 April 2020",
             "Editor Harriet Cobbold",
             "Our editor Harriet Cobbold, pictured, sets out why the Fenmarsh Echo is turning to readers for help.",
             _ECHO_LETTER,
         ], appeals=[_ECHO_TITLE, _ECHO_LETTER]),
    _doc("b134-riverinaledger-heartland-top-end", "appeal", "top+end",
         "Invented; modelled on Inner East Review / Australian Community Media (newsletter promo page, doubled photo caption, cut-off sign-up line)", "en", [
             _HEARTLAND_TITLE,
             "Updated May 7 2024 - 2:05pm, first published August 12 2021 - 10:15am",
             "Scroll through the big-city headlines on your phone or the nightly bulletins and you'd never guess it, but close to a third of us live beyond the state capitals.",
             "That's more than 7 million people getting on with life out here in the rest of the country.",
             "We mean those sweeping, roomy stretches of this sunburnt continent that are, happily and unapologetically, not Perth or Adelaide or Hobart.",
             "And naturally they're the finest parts of the place - the friendly wheatbelt towns and the sleepy seaside villages, the grain, coal and manufacturing hubs that feed, fuel and build everything else, and the growing inland cities that more families are choosing to settle in.",
             "Lovely spots like the Wirrabool valley, where the local bakery ships its famous vanilla slices interstate by the pallet.",
             "Rugged spots like Kangaloo Flat, where, strangely, the emus have learned to queue at the servo.",
             "Quiet spots like Mallee Springs, where a former state premier grew up and where the tractor that started his career sits in the main street.",
             "Creative, crafty spots like Tallowood Bay, where pottery has gone viral and small-batch cider is suddenly the thing.",
             "This is the rest of the country, where the local websites and papers of Southern Cross Regional Press (SCRP) have long been what ties each community - big town or tiny - together.",
             "PELICAN PATROL: You all know the chorus, so join in, \"Percy, Percy, Percy, the Jetty Pelican...\"",
             "PELICAN PATROL: You all know the chorus, so join in, \"Percy, Percy, Percy, the Jetty Pelican...\"",
             _HEARTLAND_END,
         ], appeals=[_HEARTLAND_TITLE, _HEARTLAND_END]),
    _doc("b134-pulseindia-misinfo-top", "appeal", "top",
         "Invented; modelled on HW News (follow-us widget line above an opinion piece, cut mid-sentence)", "en", [
             _PULSE_CONNECT,
             "Does the misinformation rule hand Minister Anjali Rao an opening?",
             "Vikram Menon",
             "A notice put out late on Tuesday (14/08/18) said that a reporter's press pass would be frozen as soon as a misinformation complaint was lodged against them, with the matter then to be settled by the national press regulator and the broadcasters' self-regulatory body. If the story turned out to be false, the reporter could lose the pass for some months or for good, depending on how serious it was, and so be shut out of official buildings and briefings too.",
             "Newsrooms did not take well to the ministry's plan for tough penalties on false stories. Reporters and opposition parties alike objected strongly to the notice, calling the rules a blow against a free press.",
             "One prominent television anchor hinted that the government itself was in the habit of pushing misleading messaging that could just as easily be called false news, while a well-known columnist argued that nobody in the media had been consulted before the notice went out and warned that the pressure would only grow.",
             "Several reporters' associations, among them the national press club, a women journalists' network and two regional unions, issued a shared statement voicing their \"grave worry\". In their view, there was plenty of room for journalists to examine and improve their own practices, but an order from above muzzling the press was no answer.",
             "The national press regulator, in a statement on the notice, said there was nothing improper in a government wanting to tackle false stories, but that a separate body set up by law should judge whether a given report was accurate or not. No reasonable person, it added, could defend spreading false news.",
             "The editors' association struck a similar note, observing that all too often the government in",
         ], appeals=[_PULSE_CONNECT]),
    _doc("b134-undercurrenttimes-anniversary-top", "appeal", "top",
         "Invented; modelled on Byline Times (brand tagline pair above a doubled headline and standfirst, cut mid-word)", "en", [
             _UNDERCURRENT_TAGLINE,
             "Leader: Public Trust as a Vaccine and the Price of Spin",
             "As Undercurrent Times turns one, our heartfelt thanks to everyone who has read us and backed us this year.",
             "Public Trust as a Vaccine and the Price of Spin",
             "As Undercurrent Times turns one, our heartfelt thanks to everyone who has read us and backed us this year.",
             "Half-truths, evasions, smokescreens – when Undercurrent Times started twelve months ago we suspected that much of the press was missing big stories about cronyism, unfairness and meddling in elections, and that readers needed a fresh, independent outlet.",
             "Twelve months later, with some 1,150 pieces by around 170 contributors, a little over three million page views and a dozen printed monthly issues, it looks as if people do want bold, digging reporting that ignores the breathless rolling news agenda and simply follows a story wherever it leads.",
             "We have covered the erosion of democracy around the globe, the manipulation of news, the advance of hard-right nationalism, the money behind new parties, the links between populist leaders on both sides of the Atlantic, untraceable donations, offshore wealth, private equity, lobbying, foreign meddling, persecuted minorities from Asia to Africa, the slow-motion catastrophe of a warming planet, questions of national identity, and whether the union itself will last.",
             "And now, twelve months in, with much of the planet shut indoors by the pandemic, we have led the way in questioning the government's early 'let it spread' thinking and the reckless complacency of leaders abroad",
             "To us, a free and truthful press works like the immune system of a democracy. It fights off graft and abuse of office. But when that defence is weakened, the whole country falls ill.",
             "Through all of this, we have been steered not by party loy",
         ], appeals=[_UNDERCURRENT_TAGLINE]),
    _doc("b134-zambezicourier-exiles-top-end", "appeal", "top+end",
         "Invented; modelled on The Zimbabwean (exile paper's support page: title, mission paragraphs, Friends block with subscription price, editor's sign-off)", "en", [
             _EXILE_TITLE,
             "Estimates suggest that as many as 800,000 people from home now live abroad in Britain, Ireland and Canada, with well over a million more across the region, chiefly in Namibia and Mozambique.",
             "The Zambezi Courier speaks for these scattered communities, who make up roughly a fifth of the nation. It connects them and invites readers to share their own experiences and those of their relatives. It also puts into words their worries and anger about the questions that affect them.",
             "The paper aims to draw together the talent and drive of people living abroad, many of them lonely, sidelined and unheard, yet who include the country's best-trained doctors, engineers and teachers.",
             "They long for news from home and are largely cut off from relatives and from one another. Many, especially in neighbouring countries, cannot get online at home or at work and rely on expensive internet kiosks and email.",
             _EXILE_FRIENDS,
         ], appeals=[_EXILE_TITLE, _EXILE_FRIENDS]),
]


# --- Probe 114: negatives -----------------------------------------------------------------------

PROBE114_NEGATIVES = [
    _neg("b134-leinsterstar-charities-neg",
         "Invented; modelled on The Irish Sun (tabloid giving its ad space to charities, photo-count captions, live-blog line, cut mid-word)", "en", [
             "GOOD CAUSES up and down Ireland are feeling the pinch because of the pandemic.",
             "These brilliant groups do vital work, very often with the people in our communities who need it most.",
             "⚠️ Follow our Covid-19 live updates for all the latest developments",
             "6 Fundraiser Declan Furlong, better known as Bluebell Man",
             "6 Shamrock Cancer Trust boss Niamh Costigan, second left, fears the lasting damage the outbreak will do",
             "But with charity runs called off and budgets stretched thinner than ever, a lot of them are in real financial trouble.",
             "Today, the Leinster Star is playing its part to thank these Irish charities by handing over every one of our advertising slots to showcase what they do and how they are keeping going.",
             "Conor Whelan, Editor of the Leinster Star, said: \"So many families have been hit hard by this virus, yet charities and their volunteers are still out there helping the people who need it most, and this is our way of backing them.",
             "\"We're giving away ad space, telling the stories of our charities and printing details so readers can give to causes they care about. We could all do with some good news right now.\"",
             "Below, a range of Irish charities explain to ROISIN KEHOE how the outbreak has changed what they do.",
             "We are also inviting readers who are in a position to help to lend them a hand.",
             "SHAMROCK CANCER TRUST",
             "THE spread of the virus has hit the Shamrock Cancer Trust hard, as so many of the people it supports are at high risk.",
             "The charity — which has moved its yearly Bluebell Week appeal online — says it is striving to keep its current services running, while also bringing in some new ones.",
             "Chief executive Niamh Costigan said: \"Our home-care nurses are still sitting with people at the end of their lives, while volunteers keep driving patients to their hospital treatment.",
             "\"We have also set up a phone support line f",
         ]),
    _neg("b134-pitchsideireland-charitylist-neg",
         "Invented; modelled on Sports News Ireland (list of cancelled charity fundraisers with HERE donation links, dotted separators, cut email)", "en", [
             "With the virus putting a stop to so many charity fixtures, we have put together a rundown of the other ways charities are now asking for support.",
             "Shamrock Cancer Trust – Bluebell Week – Called off",
             "The Shamrock Cancer Trust (SCT) has decided to call off its Bluebell Week collections planned for April 3. This is the charity's largest yearly fundraiser, which hopes to bring in up to €3.5 million. All the money goes towards free nursing, counselling and advice for people living with cancer, along with research. You can still give online HERE",
             "Starlight Dreams Ireland – Bucket collections – Called off",
             "Starlight Dreams Ireland has had to drop the bucket collections it had lined up for March 20. Instead it is running an 'Online Dream Day', asking supporters to give through the Starlight Dreams website HERE.",
             "Niamh Gallagher Trust",
             "People are being asked to give whatever they can by sending the word HOPE to 50210 to give €2 or by visiting HERE",
             "Lighthouse Pieta Centre – Sunrise Walk – Called off",
             "Its annual sunrise walk fundraiser has been scrapped this year but you can still back the charity by clicking HERE",
             "Harbour Housing Trust",
             "Harbour Housing Trust helps more than 12,400 people every year. We are a group of local housing projects working in Limerick, Waterford, Sligo, Kilkenny, the Border counties, the Midlands and the South West. To give, visit the website HERE",
             "……………………………………………………………………………………………………………",
             "We'll also be putting together a rundown of the big sporting and community fixtures that will go ahead once the outbreak has eased and the lockdown is lifted.",
             "……………………………………………………………………………………………………………",
             "If you'd like your event to be included, just email events@pitchs",
         ]),
    _neg("b134-newsroomnorth-paywalls-neg",
         "Invented; modelled on J-Source (relayed student-review essay on online subscriptions, doubled standfirst, cut mid-sentence)", "en", [
             "Behind the Wall: how Canada's dailies are selling digital access",
             "When a reporting student admitted she had never paid for a printed paper, Meridian Media chair Gordon Ashby asked her: \"Should I be impressed?\" But as Leah Okonkwo writes, her remark tells us where things stand: news is going online, and the shift is well under way.  By Leah Okonkwo in the Dalhousie Press Review…",
             "When a reporting student admitted she had never paid for a printed paper, Meridian Media chair Gordon Ashby asked her: \"Should I be impressed?\" But as Leah Okonkwo writes, her remark tells us where things stand: news is going online, and the shift is well under way.",
             "By Leah Okonkwo in the Dalhousie Press Review",
             "\"Honestly, I've never paid for a printed paper,\" a reporting student at Carleton Hill College tells the room.",
             "\"Should I be impressed?\" answers Gordon Ashby.  He chairs Meridian Media, the company behind the Halifax Courier and a string of smaller titles.",
             "Her admission says a lot about the moment: news is going online, and the shift is well under way.",
             "And yet, as of 2013, no one in the industry has shown a digital revenue plan that really works.",
             "Even so, Ashby's face lights up when he talks about the Courier website's traffic. On the night the province's premier stepped down in November, more people visited the Courier site than any other in the region, he says.",
             "As he goes on, his tone swings between excitement and real worry. Online-only subscriptions at the company's Moncton paper have been \"disappointing,\" he admits.",
             "Ashby is not sure what model will pay for news in the years ahead. He leans back in his leather armchair and says, half-joking, that if the students work it out they should let him know.",
             "The room stays quiet. He leaves them with one firm belief: \"Times are hard, but good journalism will",
         ]),
    _neg("b134-clydeledger-communitypaper-neg",
         "Invented; modelled on The Edinburgh Reporter (photo-label line, report on a community paper's AGM and council funding, cut mid-word)", "en", [
             "City Chambers Glasgow Evening view",
             "The Clyde Ledger went along to the AGM of the Southside Bulletin a few days ago. You would expect a news group to come with, well, something new. Yet this year's meeting sounded a lot like the account of what was said at the AGM twelve months earlier.",
             "A year ago the council had just agreed to set up a trial scheme to look for better ways of keeping residents informed, named Talk to the City. According to the minutes of its 12 October meeting, it gave £30,000 to the Southside Bulletin to try out new approaches to local reporting and make them pay their way. Since then the Bulletin has printed a single edition of its paper and has worked with a handful of teenagers in the area to train them as community reporters. It also pays its former editor, Ailsa Gow, for 16 hours a week, though the board members seem to be unpaid.",
             "A steering group drawn from each local forum, the Bulletin's board, nearby community councils and the Southside Youth Panel meets every month to keep an eye on the scheme, though it was insisted that council money has no bearing on what the paper publishes.",
             "The trial schemes were meant to make use of new technology and teach others to report on their own neighbourhoods. When the money was agreed last October the plan was for three trials, one on the Southside, one in the East End at Parkhead and one in Govan. A total of £60,000 was earmarked, but the Govan trial has still not got off the ground.",
             "At last year's AGM the chair, Colin Baird, said that in the year up to April 2014 the paper had only gone to print when the Bulletin could afford it, and that it had kept going as a blog when funds ran dry. He welcomed the council grant, which he said repaid the loyalty of everyone who had kept backing th",
         ]),
    _neg("b134-ulsterdaily-localpapers-neg",
         "Invented; modelled on Belfast Telegraph (opinion headline on a local paper closing, standfirst, long photo caption, byline and date)", "en", [
             "With titles like the Banbridge Courier gone, wrongdoing and unfairness will now go unreported",
             "Something is slipping away that may never come back, and anyone who misuses power and would rather not be watched will be quietly pleased",
             "Plenty of people no longer pick up a local paper, so they won't realise what has gone until a council ignores a crumbling footpath outside their door, or someone who has done nothing wrong looks around a courtroom and sees nobody there to tell their side of it (file photo - stock)",
             "Aoife Hanratty Sat 4 Feb 2023 at 19:15",
         ]),
    _neg("b134-luzondigest-typhoondrives-neg",
         "Invented; modelled on Interaksyon / Philstar.com (typhoon donation drives with bank and e-wallet details, region and relief-item lists, cut mid-word)", "en", [
             "Further donation drives have started after Typhoon \"Ilaya\" (international name: Kestrel) tore across large parts of northern and central Luzon over the weekend.",
             "As of November 8, disaster officials said Ilaya had left 41 people dead, 12 missing and 156 hurt.",
             "The provinces worst affected fall under these regions:",
             "Cordillera Administrative Region",
             "Region I or Ilocos",
             "Region II or Cagayan Valley",
             "Region III or Central Luzon",
             "Region IV-A or CALABARZON",
             "Region V or Bicol",
             "Relief appeals for Luzon",
             "Mayor Teodoro \"Doy\" Salcedo of San Rafael on Saturday, November 8 was one of several officials who asked for help online after the town was badly battered by Ilaya.",
             "Salcedo reposted an image of an appeal from a civic group in Tuguegarao known as the Northern Luzon Rural Aid Network, Inc. (NLRAN).",
             "NLRAN has long worked alongside the town government on relief operations.",
             "The image listed the account numbers and the Maya wallet number through which people across the country can send money.",
             "In that same post, Salcedo also shared an image of an earlier message in which she listed the supplies the town needed most:",
             "rice",
             "drinking water",
             "tarpaulins",
             "flashlights",
             "blankets",
             "first-aid kits",
             "She also posted pictures of fallen power lines, flattened houses and flooded roads in San Rafael.",
             "In another post, town information officer Paolo Manansala listed other ways to send help through NLRAN.",
             "Manansala, who is reporting from Santiago City, also described what the town hall is doing to get phone lines back up so residents can reach their families elsewhere.",
             "Cordillera Today, a Baguio-based news site, al",
         ]),
    _neg("b134-goldcoastwire-prayergroup-neg",
         "Invented; modelled on Ghana News Agency (wire byline and dateline, prayer group's donation to a foundation, quoted thanks)", "en", [
             "By Efua Mensah-Bonsu, GCW",
             "Kumasi, June 4, GCW - The leaders of Living Waters Fellowship, a worship group at Asokwa, have handed a sum of GH¢ 35,000 to the Second Chance Trust (SCT), a charity, to help inmates and the poor in society.",
             "Pastor Samuel Adjei, who leads the fellowship, said the gift was a way of thanking God for all he had been given.",
             "He said he felt it was a duty to help free inmates who had been fined and could not pay, and to assist the needy.",
             "\"For three years I have followed the Trust's work on radio and I feel I must help my brothers and sisters behind bars who are struggling and have nobody to help them,\" he said.",
             "Pastor Adjei urged the public to love their country and to share with the less fortunate whenever God gives them plenty.",
             "He also urged prisoners across the country to keep their faith and look forward to a better tomorrow.",
             "Madam Abena Sarfo, the Director of SCT, who accepted the money for the Trust, thanked the fellowship's leaders for their kindness to prisoners and the poor.",
             "She said the gift would be a big boost to the Trust's Fine Relief Scheme, which pays the court fines of inmates who could not afford them and would otherwise serve long jail terms.",
             "Madam Sarfo, who is also a presenter with a Kumasi radio station, said some of the money would also fund the Trust's other work, including school fees, medical care and food aid.",
             "Members of Living Waters Fellowship also called at the Bright Future and Grace House children's homes in the Ashanti Region to give cash, clothing and food to the children.",
         ]),
    _neg("b134-clearlinenews-crowdfunding-neg",
         "Invented; modelled on Straight News, Nigeria (NGO crowdfunding story told at a conference, quoted at length)", "en", [
             "Five-Year-Old Leukaemia Patient Dies Despite Charity's N950,000 Appeal",
             "The passing of a five-year-old boy from Ogun State left his relatives heartbroken, but the charity that collected money for his care says it will keep raising funds for other children in the same situation.",
             "Young Tobi Fashola had leukaemia but givehope-ng collected N950,000 through crowdfunding (raising money by getting lots of people to each give a little).",
             "Speaking at the ongoing Digital Nigeria Summit 2021 in Abuja on Wednesday, Chinwe Eze, Partnerships Lead at givehope-ng, said the charity collected the money and passed it to the boy's parents.",
             "During a talk titled: Giving in the Age of Apps, Eze said \"We came across his photo (shared by a popular blogger) on social media. We reached out from there. We found his father's phone number and called him. The father confirmed everything and sent us recent photos.",
             "\"We posted on our pages and asked generous people to chip in, and within about three weeks we had the money and passed it to the family. The boy, then four, was flown overseas. He had treatment and came home. I kept in touch with the family. Sadly, some months later, he passed away.\"",
             "\"We are not giving up because of what happened. It pushes us to raise even more through crowdfunding for other children who are ill,\" she said.",
         ]),
    _neg("b134-antillesmedia-closure-neg",
         "Invented; modelled on Caribscope (media body's warning after a daily paper closes, cut mid-word)", "en", [
             "Caribbean Newsrooms Under Mounting Strain",
             "Newsrooms across the Caribbean are in serious danger as Barbados's Evening Clarion confirms it will shut down after 28 years in print. The Caribbean Press Council (CPC) has described the announcement as a deeply worrying moment that is about far more than one paper folding, exposing a structural emergency gripping established media across the islands.",
             "In the CPC's view, the end of the Evening Clarion fits a worrying trend in the region, with long-standing print titles battling simply to stay afloat. The pressures come from several directions at once: shrinking ad budgets, climbing running costs and a sweeping change in how audiences find their news, which together have pushed many newsrooms to the brink.",
             "The consequences go well beyond redundancies in newsrooms. The CPC stresses that the trend threatens the range of voices in the media and erodes citizens' right to reliable, independently checked information. It points to regional studies backed by international donors that have repeatedly shown how fragile news businesses in the Caribbean have become.",
             "Adding to the pressure is the growing power of global tech giants and the rapid spread of generative AI tools. The CPC says these platforms regularly draw on local reporting without paying the people who produce it.",
             "Marcia Goddard, who chairs the CPC, argues that whether Caribbean newsrooms survive now depends on hard choices by editors, owners and governments as the business keeps shifting under their feet. The Clarion's closure, she warns, shows just how fragile democracy becomes when independent reporting is threat",
         ]),
    _neg("b134-maghrebdaily-quakefunds-neg",
         "Invented; modelled on Asharq Al-Awsat English (diaspora fundraising report with record donations, doubled photo caption, cut mid-word)", "en", [
             "Moroccan Americans Raise Money for Quake Victims as Charities Report Unprecedented Giving",
             "Villagers sit beside the rubble of their homes in Amizmiz, in the Atlas Mountains south of Marrakesh, on September 12, 2023, days after the earthquake struck the region. (Photo by Karim SADIK / Wire)",
             "Villagers sit beside the rubble of their homes in Amizmiz, in the Atlas Mountains south of Marrakesh, on September 12, 2023, days after the earthquake struck the region. (Photo by Karim SADIK / Wire)",
             "Moroccan Americans and relief charities across the US are collecting money for mountain villages hit by the earthquake, as the rescue phase gives way to a long rebuilding effort - though they say getting tents and supplies up the damaged roads remains slow.",
             "Charities working in the affected provinces say donations have reached levels they have never seen, a sign of how strongly the public wants to help even as lorries of supplies wait at blocked mountain passes.",
             "In the hardest-hit districts, home to around 400,000 people, families still need shelter, clean water and medical care, rescue workers say. Many of the villages were already among the poorest in the country before the quake.",
             "\"Giving has jumped in a way we have simply never experienced,\" said Leila Benali, director of the New Jersey-based Atlas Relief Fo",
         ]),
    _neg("b134-asiaquarterly-diaspora-neg",
         "Invented; modelled on The Diplomat (feature on a diaspora's fundraising for a hunger crisis at home, cut mid-word)", "en", [
             "Miles Away, Still Giving: Somalis Abroad Rally for Home",
             "The world's cameras have mostly moved on from Somalia's drought, but those who left cannot turn their backs.",
             "A shipping firm turned itself into a donation hub; a university society became a relief charity; a café owner gave part of every bill to a food bank; a neighbourhood held Somali dinners to collect money. This is the Somali diaspora, scattered from Sweden to Minnesota to New Zealand and trying, from thousands of kilometres away, to keep their homeland going through a crushing drought.",
             "The drought at home has stirred a deep sense of duty and open-handedness among Somali communities around the globe. Years of conflict pushed people far and wide, to places as different as Norway and Kenya, to cities like Toronto and Melbourne. These communities are now collecting money, giving, and finding inventive ways to help those still living through ever harsher conditions.",
             "What drives them is their own memory of hardship back home, a homesickness that never quite fades, and a deep attachment to the country they left. Whether by passing on a fundraising page to their followers or giving $10 to a food charity, they hope to keep as many families as possible from going hungry. However huge the task, they want to fill the gap left by an international response that has fallen far short.",
             "For months now, the risk of famine has grown week by week in full view, with aid agencies issuing warning after warning. One UN agency estimates that nearly half the population does not have enough to eat. A leading children's charity said 1.8 million children were at risk of \"severe acute malnutrition.\"",
             "Yet when donors were asked in early May to fund a UN emergency appe",
         ]),
    _neg("b134-nationalradio-countrypapers-neg",
         "Invented; modelled on ABC Australia (radio transcript on country papers closing, cover price quoted, cut mid-sentence)", "en", [
             "Listen to the full report...",
             "Country towns farewell their weekly paper",
             "Rebecca Thornton reported this story on Sunday, November 10, 2013 07:41:00",
             "DAVID HOLLOWAY: Two more country papers announced their closure this week, bringing this year's tally to four.",
             "In central Queensland, one title will stop printing within a fortnight and deep job cuts are expected at several others.",
             "Rebecca Thornton filed this report.",
             "(sound of newspaper presses)",
             "REBECCA THORNTON: In Longreach, the Central West Courier is still in local hands. It has been printing for well over a century and, editor Gail Pemberton says it won't be moving online.",
             "GAIL PEMBERTON: No, you won't find us on the internet. If we handed it out for free we'd be finished; we rely on the $1.50. And folks here don't mind paying the $1.50 at all.",
             "REBECCA THORNTON: The Courier may be holding its own, but elsewhere it's a very different picture. One publisher has just closed two papers on the Darling Downs.",
             "And the country's largest regional publisher - Southern Plains Media - shut its Emerald paper on Friday and says its Barcaldine and Clermont titles will close before Christmas.",
             "Norm Kellaway is the Mayor of Clermont.",
             "NORM KELLAWAY: It's part of the furniture, and people still buy it. And, honestly, I think it's a rotten thing to do, especially to a town that's growing.",
             "REBECCA THORNTON: Residents Beryl Hatch and Tom Oakley aren't happy about it either",
             "TOM OAKLEY: It's a real pity; it's been going since 1902. There's another paper in the district, but having two has kept them both honest",
             "BERYL HATCH: I'm really upset. I've bought it every week; it's part of who we are",
             "REBECCA THORNTON: Southern Plains Media's chief executive Warren Keogh says it's sad but unavoidable: the titles just don't pay their way.",
             "WARREN KEOGH: These are tiny markets. We're fond of them, but they're tiny markets.",
             "REBECCA THORNTON: Falling ad revenue and shrinking print runs",
         ]),
    _neg("b134-afrodigest-farewell-neg",
         "Invented; modelled on Pambazuka News (two-line note on a news digest closing for lack of funding)", "en", [
             "Zambia: Farewell ZamBrief",
             "On Friday roughly 150,000 readers from Alaska to Zomba opened the final email from ZamBrief – a daily roundup of the newest headlines about Zambia. Although it was cheap to run and widely read, the editor behind ZamBrief in Ireland, and his partner in Lusaka, could not find the money to carry on.",
         ]),
]


BATCH134_DOCUMENTS = PROBE114_APPEALS + PROBE114_NEGATIVES
