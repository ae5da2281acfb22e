"""Batch 105: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (11 appeal, 12 negative; all EN): our own paraphrases of every document of the local-only
real probe 85 (23 documents). Each keeps the real page's structure (headline, dateline and bureau
lines, a photo caption and a lone ":" line, LOG IN / SUBSCRIBE NOW button lines, a podcast post's
single run-on line with glued "* " bullets and chapter timestamps, repeated standfirst and caption
lines, a pull quote with its attribution line, a sponsored campaign box with its image label, a
letters-page dateline, unclosed quotation paragraphs, a trailing space, a six-space gap inside a
sign-up line, a shrug emoji, and the cut-off endings "podc", "in t", "sign up to The", "news o"
and "w...") and exactly what the real gold marks: a newsletter/login line, a "back our
journalism" line and their two buttons in the middle of a news article; a thank-you to YouTube
subscribers with a subscribe line and a become-a-patron plea (online and mobile-money numbers) at the
top of a newsletter; a partisan site's "support us" slogan banner, its goal question and the slogan
again at the top; a paid-episode preview line at the top of a podcast post; a free
newsletter sign-up line under a regional masthead; a stray support-banner fragment ("is vital right
now More than ever") between feature paragraphs; a sign-up button and its free-bulletin line at the
end of a council news page (the sponsored conservation campaign above them stays text); an inbox
newsletter line after a column's print credit; a paid-subscriber upgrade line glued to the end of
podcast notes and cut mid-word; a cut podcast promo at the end of a TV news story; a blogger's map
sale glued to an image label plus his cut newsletter sign-up. Negatives keep what makes the real
ones hard: a charity's emergency fundraising plea with its target and crowdfunder total reported as
news; a feature on an outlet living on foundation grants; reporters discussing donor funding for
investigative journalism; a news-alliance donation drive with its totals and matched funds; a
letter on another paper's closure and unpaid government money; an interview about a reader-funded
membership platform; two council-newspaper court stories; politicians on funding local media; a
lobby group's call for tax deductions on donations to non-profit newsrooms (cut mid-word); a
columnist telling readers to give money to another publication; a rant about readers not paying for
journalism; an assembly vote on newspaper notice advertising.

Every sentence, outlet, person, place, number and URL is ours: all towns, regions, islands,
countries, parties, councils, charities and foundations are invented (even the stories set at
national level take place in invented countries), and no run of more than five words is copied from
the real pages (checked mechanically on lowercased, whitespace-split text). Only widely used
platform names (WhatsApp, YouTube, Patreon, PayPal, Crowdfunder, TikTok, X) and a few aircraft type
names are kept as ordinary vocabulary. The modelled real outlet is noted in each outlet field. Like
the earlier batches, each text is meant to be taken as it stands, every gold appeal substring located
in it (each occurs exactly once, checked by check_para.py) and written to an `unseen-` fixture,
named so because no rule is fitted to it (this helper wrote only this module and did not touch the
build script).
"""


from whole_documents import _doc, _neg


# --- Probe 85: appeal documents -----------------------------------------------------------------

_MERIDIAN_BOX = "\n".join([
    "Register for our newsletters, save stories and get more out of The Meridian Ledger",
    "LOG IN",
    "Back our journalism.",
    "SUBSCRIBE NOW",
])

_LANTERN_THANKS = "\n".join([
    "Thanks to All 250k of You on YouTube",
    "Our YouTube channel has just passed 250,000 subscribers. Thank you so much for standing with us this far. We are grateful that you subscribe, watch, and tell us what you make of our investigations and where we could still do better.",
    "If you haven't yet, hit Subscribe on our YouTube channel for gripping documentaries from the sharpest investigative reporters in Velandia.",
    "If our work matters to you, sign up as a patron today and help pay for it. Your backing stretches our budget and lets us keep digging for the facts. You can give through our Patreon, or by mobile money, Till number 447120, Account number 9036615284",
])

_HEARTLAND_BANNER = "\n".join([
    "HeartlandPost speaks for the heartland. Back us. Defend our Heritage",
    "Can you help us reach our target?",
    "Heartland Post speaks for the heartland. Back us. Defend our Heritage",
])

_PLUMB_PREVIEW = "You're listening to a free taste of a members-only episode. Hear the rest at plumbline.example.com"

_BACKROADS_SIGNUP = "Subscribe to the Backroads Regional Press newsletter and stay in the loop.      No charge"

_HARBOURSIDE_FRAGMENT = "is vital right now More than ever"

_COUNCILDESK_SIGNUP = "\n".join([
    "REGISTER",
    "To get our free weekday news digest",
])

_COMPASS_INBOX = "The day's most-read stories, delivered to your inbox every morning."

_TUI_UPGRADE = "Upgrade to a paid subscription for the whole episode and extra analysis in t"

_NORTHVALE_PODCAST = "Want a fast, expert rundown of the day's top stories? Try our newest podc"

_COLLIE_TAIL = "\n".join([
    "vennmapsMy Old Vennish maps of the Vennlands are still on sale, an ideal present for anyone learning Old Vennish or simply for anybody who loves a map. Each map costs £18 plus £6 postage within the realm. You can order by sending £24 by PayPal to [email protected] (Do please remember to give the postal address you'd like the map sent to).",
    "I'm now also writing the evening newsletter for The Northern Ledger, which goes out every weekday by late afternoon.  So if you fancy a daily helping of collie you can sign up to The",
])


PROBE85_APPEALS = [
    _doc("b105-meridianledger-varkey-channel-middle", "appeal", "middle",
         "Invented; modelled on The Hindu (news article, newsletter/login line and support line with two buttons mid-article)", "en", [
             "Anand Varkey opens WhatsApp channel, draws 31,000 followers in hours",
             "March 14, 2024 09:12 pm | Updated 09:15 pm VST - PORT CALLOWAY",
             "The Meridian Bureau",
             "Verena Chief Minister Anand Varkey said the channel would carry news of fresh schemes and “a look at what goes on behind closed doors as we try to turn Port Calloway into a capital every citizen can boast about”. | Photo Credit: CPA",
             ":",
             "Verena Chief Minister Anand Varkey on Tuesday opened his own WhatsApp channel, describing it as a way to talk to residents without go-betweens.",
             "Within hours of going live, the channel had picked up over 31,000 followers, the Chief Minister's Office said in a press note.",
             "Channels on WhatsApp run in one direction only, letting whoever manages them send messages, pictures, clips and stickers and hold quick polls.",
             _MERIDIAN_BOX,
             "Followers cannot type or share anything in the channel; all they can do is react to posts with emojis.",
             "The launch follows by one day an announcement from Prime Minister Halvard Osei, who said he was joining WhatsApp, an app that has served as a key campaign instrument for the ruling National Unity Front (NUF).",
             "The Prime Minister's channel went live last Friday and drew thousands of followers within minutes. “Follow along for the newest updates on what the Verena government has delivered,” Mr. Varkey wrote in his opening post on the channel ‘Office of the Chief Minister, Verena’.",
             "‘Updates on new schemes’",
             "He said the channel would carry news of fresh schemes and “a look at what goes on behind closed doors as we try to turn Port Calloway into a capital every citizen can boast about”.",
         ], appeals=[_MERIDIAN_BOX]),
    _doc("b105-lanternfiles-youtube-patron-top", "appeal", "top",
         "Invented; modelled on Africa Uncensored (newsletter digest, subscriber thank-you with subscribe line and patron/mobile-money plea at the top)", "en", [
             _LANTERN_THANKS,
             "Amara Tolu on the Thornback Quarry Deaths; The Long View Episode 7",
             "In this week's episode of TheLongView, Peter-Joel Marangu sits down with rights campaigner, advocate and head of Justice Watch Velandia Amara Tolu to unpack the deaths at the Thornback quarry.",
             "Be sure to catch this episode when it premieres on our YouTube channel on Tuesday 11th July at 6PM. You can get a reminder through this link.",
             "Lantern Files' Rehema Kiptanui shortlisted for the 2024 Clear Sky Media Prize",
             "Being named among the finalists for the 2024 Clear Sky Media Prize is a real privilege. Our film, Where the Water Rose, which follows families pushed from their homes as swollen lakes crept over farms and villages, made the shortlist in the documentary section alongside work from some of the most respected newsrooms anywhere.",
             "Saying we are thrilled hardly covers it; standing out among more than twelve hundred submissions from every corner of the globe means a great deal to Jabali Mwangi and me, and to the whole Lantern Files crew. From here, we are only aiming higher.",
             "The Clear Sky Media Prize, run by the Earthwatch Press Network, honours the strongest reporting on the climate crisis and how to tackle it. We also send our congratulations to the other Velandian reporters who were named finalists.",
         ], appeals=[_LANTERN_THANKS]),
    _doc("b105-heartlandpost-mediaring-top", "appeal", "top",
         "Invented; modelled on HinduPost (partisan article, support-us slogan banner twice around a goal question at the top)", "en", [
             _HEARTLAND_BANNER,
             "Unmasking the foreign-backed, anti-national media ring",
             "Over the past several years, a particular circle has been working to stir up trouble across the nation. In this piece we will take a close look at this network and the forces paying for it.",
             "We begin with Lionel Varga, who reports for Openline Media. He also files for the Dalmoor state-owned DTV Global and the Veskaran state-run Channel V and is paid by both. He is also on the books of the Civic Press Trust, which bankrolls The Ledger Daily and Column Nine.",
             "You will always spot him in the field filing lopsided, cherry-picked stories. Whether it is the uniform protests, the Morrowgate clashes, the land-law marches or any number of unrest-hit districts. He is practised at pushing falsehoods without a flicker of regret.",
             "You may be asking who actually owns Openline Media, a site notorious for pushing anti-heritage and anti-national propaganda. The answer: Stefan Korbut owns the propaganda and hate portal Openline Media. Korbut also takes money from DTV Global, owned by the Dalmoor state, and from The Lantern Quarterly, which the Civic Press Trust funds. He is also a committed member of the National Students' Forward Union (NSFU).",
             "and here is the kicker, NSFU is the youth arm of the Forward Movement. Yet another hard-line outfit.",
             "In March 2017, Korbut shared a picture of Forward Movement general secretary Emil Radovan standing beside Dalmoor's president Anton Brisk.",
         ], appeals=[_HEARTLAND_BANNER]),
    _doc("b105-plumbline-tolley-preview-top", "appeal", "top",
         "Invented; modelled on The Hatchet (Substack podcast post, paid-episode preview line at the top)", "en", [
             _PLUMB_PREVIEW,
             "A little more than twelve months ago, as we were getting The Plumb Line off the ground, one thing kept me up at night — national politics had never felt like my native tongue.",
             "I probably knew about as much as the typical reporter — I read the papers, I had views, and I had a rough grasp of how we got here. But apart from the odd assignment, it had never been a beat I'd spent much time on.",
             "When Premier Halloran stepped down in February 2025, it was obvious that Capitol Ridge would swallow the headlines. So during the holiday lull, I gave myself a project. I would soak up everything I could about national politics.",
             "I worked my way through (or at least got acquainted with) as many of the standard works of Aldmerian political reporting and history as I could manage. A lot of them came from writers who rarely come up in conversation these days, even though they towered over their own generations. Margaret Eldon-Hale, Roland Pitts, Victor D. Amberley, Eleanor Fitch, Samuel Orr. Then there were fine books by more recent writers on the Aldhaven of yesterday and today from reporters such as Lena Brodeur and Thomas Wylie.",
             "Yet none of those authors, brilliant as they are, gave me the sense of really getting the nuts and bolts of national politics the way Graham Tolley did.",
             "Like nearly every reporter in Aldmere with even a faint interest in national politics, I had of course been reading Tolley for ages. But that winter I truly buried myself in his output — his books, his old long reads, his latest dispatches, all of it.",
             "And I'll admit I frequently found myself arguing with him. Still, I came out the other side with fresh respect for his craft.",
             "Tolley has a sharp sense of history and no hesitation about calling out nonsense. His writing is vivid without ever showing off.",
         ], appeals=[_PLUMB_PREVIEW]),
    _doc("b105-backroads-regional-roundup-top", "appeal", "top",
         "Invented; modelled on Australian Rural & Regional News (regional news roundup, free newsletter sign-up line under the masthead lines)", "en", [
             "A home for independent reporting and stories made by,",
             "for and about people who live beyond Tarraland's big coastal cities",
             "Browse the newest digital editions of",
             "community-owned papers and magazines",
             _BACKROADS_SIGNUP,
             "Maree says – “Paddle out for living rivers”",
             "“Anglers, paddleboarders, canoeists and anybody else are welcome to bring their dinghies, tinnies or whatever floats and join us in speaking up for our inland waterways,” says Maree Dunstan. Maree is the proud skipper of \"Muddy Duck\", a handsome 5.2 metre green and cream runabout that potters along the Tillamar River and nearby creeks around Ferrin's Crossing, one of Tarraland's favourite river towns. At 10am on March 9, 2022, craft of every shape and size will push off into the weir-pool above Lock 9 at Gannet Flat in the far west.",
             "Taking off",
             "Kestrel Downs has earned its place on the map for vintage aircraft after the Silver Gums Flight Museum won the naming rights to the National Heritage Aircraft Collection. The museum was formally opened on Sunday by Mirrabel Shire mayor Lorraine Pike. Visitors flew in from Quillaby and Brindle Plains for the event, with about 17 aircraft parked on the property's gravel strip. Among the machines sitting in the ochre dust between wheat paddocks are an Auster Autocrat, a Beechcraft Twin Bonanza, a 1971 Piper Cherokee, a replica Sopwith Pup and a homebuilt Skylark, said to have been flown by early airwoman Edith Marlowe.",
             "Regional water plan revised",
             "Tallow Valley Water has published its updated Draft Strategy setting out how it will supply water in years to come, and residents have six weeks to comment – as some push for the Corrin Creek Dam idea to be revived.",
         ], appeals=[_BACKROADS_SIGNUP]),
    _doc("b105-harbourside-spark-youth-middle", "appeal", "middle",
         "Invented; modelled on Bristol24/7 (feature with photo captions, stray support-banner fragment between paragraphs)", "en", [
             "Stop the presses",
             "Tucked away at the back of the Foundry, in a cramped room covered in sticky notes, snapshots and scribbled reminders, two young reporters are hammering at their keyboards.",
             "As writers for Spark, Port Ellery's youth-run news platform, both care deeply about what is happening around them, well informed and keen to be heard – yet they have little time for old-school media and can't see where it fits in their lives.",
             "“Newspapers have really lost young readers in particular,” says Nadia Fells, 22.",
             _HARBOURSIDE_FRAGMENT,
             "“I can't remember the last time I read a paper, since I get all my news online now. For anyone to buy a printed copy of anything these days, it needs to be something really out of the ordinary.”",
             "Nadia Fells says she wants to work in journalism, but only her own way",
             "For her co-worker Jonah Abera, 20, the trouble is that the big outlets don't reflect people like him and, he says, hand readers a lopsided picture.",
             "“Most of what I know comes from TikTok and podcasts,” he says. “All the gloomy stuff the big outlets push only drives people further apart. We should get to make up our own minds with everything in front of us.”",
             "He continues: “I'd love a job in journalism, especially since joining Spark, where I've seen how much it matters to actually have a voice.”",
             "Nadia says she too wants to go into journalism, but on terms she sets herself.",
             "Jonah thinks much of what the big outlets publish only deepens the divides",
             "The world looks nothing like it did when news came only on paper, with headlines shouted on street corners by sellers with inky hands, yet the press matters as much as it ever has, and maybe more.",
         ], appeals=[_HARBOURSIDE_FRAGMENT]),
    _doc("b105-councildesk-greywater-paper-end", "appeal", "end",
         "Invented; modelled on LocalGov (council news page, sponsored campaign box then sign-up button and free-bulletin line at the end)", "en", [
             "Owen Tracey 14 March 2021",
             "Borough loses bid to keep printing its fortnightly paper",
             "Greywater Borough Council has lost its last court challenge over the right to keep printing its fortnightly newsletter, Greywater Matters.",
             "Ministers had told the council to stop publishing so that independent local papers would not be undercut.",
             "The council argued, though, that the paper saved it large sums because it did not need to buy space for statutory notices in the commercial press, and so it went to court to contest the order.",
             "Senior judges have now turned down the council's bid to challenge the earlier ruling.",
             "Greywater's mayor, Priya Castellan, said: ‘Going to court was never a step we took lightly. But our aim has always been to keep our many communities informed and involved, and to stretch a shrinking budget as far as it will go, and we felt the case for keeping Greywater Matters coming out every fortnight was strong enough to justify both the judicial review and the appeal.",
             "’What we saved on statutory notices – such as planning notices and road closures – over this time far exceeds what we spent on lawyers.",
             "'Now we must move tens of thousands of pounds away from frontline services and into notices in a paper that far fewer residents will ever see, and more people who could use council help and opportunities may never hear about them.’",
             "See our earlier feature on the two Quellhaven councils that defied ministers by keeping their own fortnightly papers going.",
             "Greener verges campaign image",
             "Greener verges campaign",
             "WildWays and the Pollinator Trust are drafting a letter from local councillors urging ministers to fund a national wildflower verge scheme. Find out more below.",
             _COUNCILDESK_SIGNUP,
         ], appeals=[_COUNCILDESK_SIGNUP]),
    _doc("b105-dailycompass-opinion-desk-end", "appeal", "end",
         "Invented; modelled on The Express Tribune (editor's column, inbox newsletter line after the print credit)", "en", [
             "Published: May 3, 2015",
             "The crew that puts the pages together each day arrived with no baggage of any sort, and still has none.",
             "Two years ago on May 3, 2013, our first edition hit the stands. That first edition carried no letters to the editor, since none had reached us beforehand. Two years on, I'm happy to report that although we are still a young paper, genuine letters have appeared in every single edition. In the last year, even as many fine colleagues have joined the desk and moved on, we have kept the opinion pages at the standard we set.",
             "Indeed, fresh contributors keep arriving, a sure sign that the pages are read and valued.  Readers may also be surprised – happily, I hope – to learn that apart from a single week the desk has been run entirely by women, leaving aside, naturally, me. Most of these young colleagues are fairly new to the trade – or were when they joined – with nothing like the decades of experience you would find on the opinion desks of other papers such as The Herald or even The Sentinel. In a way that may have been the pages' greatest strength – that the crew that puts the pages together each day arrived with no baggage of any sort, and still has none (apart, of course, from me, having now spent 12 years on op-ed) – because for nearly all of them this is their first job, or at most their second.",
             "Published in The Daily Compass, May 3rd, 2015.",
             _COMPASS_INBOX,
         ], appeals=[_COMPASS_INBOX]),
    _doc("b105-tuiletter-health-podcast-end", "appeal", "end",
         "Invented; modelled on The Kākā by Bernard Hickey (podcast notes on a single run-on line, cut paid-subscriber line glued at the end)", "en", [
             "I talked this week with Hospital Doctors' Union (HDU) economist Miriam Cole about a study she has written on the economic, social & fiscal toll of our workforce's declining health. The 48-page study, called Running on Empty: The Wellbeing of Norvale 2010 to 2023, tracks a steady deterioration in the health of working-age people, especially in mental health and weight-related illness.Miriam drew on the Finance Ministry's cost-benefit tools to estimate a possible cost to the economy and wider society of as much as $8.9 billion a year through fewer hours worked, weaker productivity, presenteeism and forgone tax as the workforce gets sicker. She reckoned that if the slide carried on at the same pace the loss would grow by another $2.7 billion by 2034/35.We covered:* How Norvalians' own ratings of their health have dropped sharply.* 75% of what shapes health lies beyond the health system.* How 19,000 extra people are off work because of illness.* Presenteeism is a big drag on productivity.* Mental illness carries a large economic cost.* Social factors such as housing and income matter enormously for health.* Poor health hits not just individuals but whole families and communities.These charts from the study lay it out:Chapters00:00 Opening: Norvale's Health Trends02:48 Self-Rated Health: Slipping Perceptions05:52 The Economic Cost of Declining Health08:41 Social Determinants and Community Effects" + _TUI_UPGRADE,
         ], appeals=[_TUI_UPGRADE]),
    _doc("b105-northvaletonight-brackenby-chat-end", "appeal", "end",
         "Invented; modelled on ITV News Tyne Tees (regional TV news story, cut podcast promo at the end)", "en", [
             "How a neighbourhood WhatsApp chat is helping curb anti-social behaviour in Holmbrackby",
             "A scheme to clamp down on anti-social behaviour has been set up in a Holmshire market town.",
             "People in Holmbrackby set up a WhatsApp chat, monitored by Holmshire Constabulary officers, to pass on real-time tips about possible offences.",
             "The chat, run by Denise Arkwright, lets officers move quickly to catch those responsible.",
             "Mrs Arkwright said: “The chat is going brilliantly because everybody is kept in the loop and stays alert – one lad is facing court right now because we had enough photos to prove it.”",
             "“I'd say anti-social behaviour round here has got better,” Mrs Arkwright added. “Officers can't be in ten places at once and this way incidents get recorded and everyone knows about them.”",
             "Sergeant Liam Hebden said: “We'd seen how well this approach worked out in our village communities, so we chose the same channel for people in town who, with Denise at the helm, have already helped us help them by clamping down on possible crimes and tackling problems early before they get worse.",
             "“Having the public as our extra eyes and ears is hugely valuable, because they pass us vital details we can act on, and we know plenty of residents still aren't telling us about incidents, and we really need them to.”",
             "It follows complaints from Holmbrackby residents that vandalism and intimidating behaviour are still putting people in danger despite a police clampdown and extra safety measures.",
             "Holmshire Constabulary says nuisance anti-social behaviour in Holmbrackby has dropped by 40% since it launched Operation Kestrel – a scheme that works with parents to cut the nuisance behaviour often blamed on young people.",
             "The text messaging service lets officers get in touch with parents directly to tell them about their child's disruptive behaviour, which often ends with the child being picked up and taken home.",
             _NORTHVALE_PODCAST,
         ], appeals=[_NORTHVALE_PODCAST]),
    _doc("b105-wanderingcollie-quietweek-end", "appeal", "end",
         "Invented; modelled on Wee Ginger Dug (personal blog post, map sale glued to an image label plus cut newsletter sign-up at the end)", "en", [
             "Quiet week",
             "Our house guest is still with us, along with his dog. It's lovely having an old friend to stay, and the dog is a delight. She's a little rescue from abroad, gentle, calm and beautifully mannered. It's so good to have a dog about the place again, the first since Bramble died a few days after my stroke in November 2021. I've missed having a dog terribly, but as much as I've enjoyed our friend's dog being here, it has sadly brought home to me that I'll never manage a dog of my own again. There's no way I can walk a dog at all, since my good hand is needed for my stick, and even a small, obedient dog could easily pull me off my feet or tangle me in its lead. Another big problem is that I can't stoop to pick up after a dog while holding its lead. And even a placid, well-trained dog like our friend's is a serious trip hazard, and I could very easily go over it and hurt us both.",
             "I'm feeling a bit low, because what kept me going through my recovery from the stroke was hoping I'd one day be well enough to have another collie one day. I know now that won't happen, since I'm not getting any more function back. I'll be fine, but I need some time to take it in and come to terms with it, so I'm taking a few extra days off.",
             "Meanwhile there's plenty happening to keep you all busy. I'll be back before long.",
             _COLLIE_TAIL,
         ], appeals=[_COLLIE_TAIL]),
]


# --- Probe 85: negatives ----------------------------------------------------------------------

PROBE85_NEGATIVES = [
    _neg("b105-saltmereecho-friendstrust-crowdfunder-neg",
         "Invented; modelled on Exmouth Journal (local news on a charity's emergency fundraising plea with target and crowdfunder total)", "en", [
             "Emergency appeal launched by charity ‘at the centre’ of Saltmere's lockdown effort",
             "PUBLISHED: 09:30 22 April 2020",
             "Agnes Hollow House. Picture: Riverside Friends Trust",
             "Agnes Hollow House. Picture: Riverside Friends Trust",
             "Harbourline",
             "An emergency plea for funds has gone out from a charity ‘at the centre’ of Saltmere's response to the coronavirus outbreak.",
             "The Riverside Friends Trust, which has been organising the town's volunteers during the crisis, must raise £75,000 to keep its ‘vital’ work going.",
             "Over recent weeks the charity's staff and volunteers have supported more than 450 at-risk residents, dropping off food, prescriptions and other essentials, preparing hot meals and driving people to important hospital appointments.",
             "That comes on top of the home help services the charity still provides every day.",
             "The charity usually depends on money from its community centre at Agnes Hollow House and its three charity shops on the high street, all of which have had to shut because of the pandemic.",
             "A Crowdfunder page set up by the charity has raised just over £1,800 so far.",
             "“The Riverside Friends Trust normally gets no regular funding from government or the council and has always depended on the kindness of donors and on offering its services at fair prices to the people who need them,” said the charity's chief executive, Helen Marsh.",
             "“So many people are deeply anxious about themselves and their loved ones and rely on the help we can give.",
             "“This crisis will probably run on for months yet, and it will hit hardest the most vulnerable people we exist to support.",
             "“That's why we're making this appeal.”",
             "A short film is going up on social media explaining the charity's work and why it merits support.",
         ]),
    _neg("b105-givingquarterly-ravenlight-grants-neg",
         "Invented; modelled on The Philanthropist Journal (feature on a news site living on foundation grants, repeated standfirst and a pull quote)", "en", [
             "Local journalism and philanthropy are waking up to a simple fact: each needs the other",
             "Although ties between philanthropy and community news are still young in Norvale compared with some other nations, funders are increasingly seeing the worth of local reporting – and why it needs backing.",
             "Although ties between philanthropy and community news are still young in Norvale compared with some other nations, funders are increasingly seeing the worth of local reporting – and why it needs backing.",
             "Ask Tessa Birdsong how she keeps her online outlet Ravenlight News running and she doesn't hesitate: “Grants. Grants, all the way.”",
             "Ravenlight News gets by on the 2025 version of chewing gum and baling wire, staggering from one grant to the next. When we talked, she said she has been a single grant away from putting the site on hold, or worse, and reckons she has roughly four months of money left. She is always on the hunt, meeting new people, working the room, chasing anything that might turn into a funding partnership and give her some footing. “It's more than stressful. It makes absolutely no sense. If I thought in straight lines, I wouldn't be doing this at all,” the Ravenlight News publisher says.",
             "If I thought in straight lines, I wouldn't be doing this at all.",
             "Tessa Birdsong, Ravenlight News",
             "Yet the Northern Lights Fund, the Halvorsen Foundation, the Western Reach Land Trust and the Common Table Fund, a small family foundation from the Western Reach, believe in Ravenlight News and are putting grant money behind that belief. And they aren't only trying to stop a struggling non-profit from sinking. They are investing in what Ravenlight offers: carefully researched investigations from trusted correspondents who report from a trauma-aware Indigenous point of view.",
         ]),
    _neg("b105-newsroomwatch-car-donorfunding-neg",
         "Invented; modelled on Security News Alert (report on journalists discussing fundraising for investigative reporting as donor money dries up)", "en", [
             "Dunmari Reporters Explore Ways To Keep Investigative Journalism Alive As Foreign Donor Funding Dries Up",
             "Tamuno Briggs",
             "The Centre for Accountability Reporting (CAR) on Wednesday, 23rd April 2025, hosted a discussion on an X-space with a group of experienced journalists, exploring how to keep investigative reporting going as backing from foreign donors falls away.",
             "The session was themed “Building Investigative Reporting Through Home-Grown Backing and Lasting Models.”",
             "The panellists were: the Managing Director, Wave 101.7fm, Ms. Halima Sule, Founder, DataLens, Mr Emeka Obi, Programme Director, Sunrise Media Trust, Dr Yakubu Danlami and News Editor, Metro Talk FM, Port Selwyn, Ms. Ngozi Ekwueme.",
             "According to Mrs Folake Adeyemi, the Executive Director of CAR, some kind of wide public outreach had to be used to raise funds that would strengthen investigative journalism.",
             "She said, “To safeguard investigative journalism, we must look for home-grown backing from financial institutions or from a community base. The local backing we mean amounts to open engagement, and that can only happen if there is local awareness, shared across different media groups, outlets and organisations.”",
             "The News Editor of 99.1 FM Metro Talk, Ngozi Ekwueme, who also moderated the session, said investigative reporting now faces shrinking models and fresh financial strain.",
         ]),
    _neg("b105-presswire-cna-fundraiser-neg",
         "Invented; modelled on GXpress (trade news on a news alliance's week-long donation drive with totals and matched funds)", "en", [
             "Community and independent news sites across Tarraland are partway through a week of fundraising… which happens to overlap with the final days of the national election race.",
             "The Community News Alliance drive, ‘Local Stories. Your Say’, runs until Sunday, June 12.",
             "The week-long drive brings together 47 community and independent online newsrooms across Tarraland in a joint push to win local backing for grassroots reporting.",
             "It builds on last year's drive, which brought in $161,000 for 29 newsrooms through 873 individual gifts and matched funding. CNA is once more asking Tarralanders to give straight to their local outlets through their own donation pages.",
             "Thanks to philanthropic backers, the first $15,000 donated will be matched dollar for dollar, stretching every gift further.",
             "CNA executive director Rowena Tate (pictured) says member newsrooms are “new growth in an industry under strain.",
             "“News has been going through a hard transition for years now, and we're starting to see independent newsrooms spring up to fill the information gaps in local communities, while print outlets widen their distribution to reach readers online,” she said.",
             "“A lot of these outlets were founded by civic-minded locals who spotted ‘news deserts’ where they lived – places short of timely, checked information in emergencies, scrutiny of local officials, and a shared record of events that brings people together. They mirror the places we live.",
             "“As people head to vote this week, I'm reminded yet again how vital independent news is in pushing back against misinformation and helping people make informed choices at the ballot box.”",
         ]),
    _neg("b105-coastalherald-courier-closure-letter-neg",
         "Invented; modelled on Kaieteur News (letter to the editor on another paper's closure, unpaid government money and withheld ads)", "en", [
             "Mar 4, 2026 Letters",
             "Dear Editor,",
             "For nearly forty years, The Courier (TC) has been a fixture of Marisca's cultural, social, political and intellectual life. It was truly saddening to hear that its owners have chosen to shut the paper on the 31st of March, ending a national institution. Whatever one's view of TC, it has become woven into the Mariscan reality, and when it leaves in a few weeks it will leave a gap that will be hard to close.",
             "The owners listed several reasons behind their difficult choice. Among them: (1) the government's refusal to settle the 65-plus million it owes TC, (2) rivalry from online platforms, (3) too little advertising from private business, and (4) a shift in reading habits that cut sales, among others. It is hard to tell which of these weighed most heavily in the decision to leave public life. It seems clear that the government's refusal to pay what it owes TC is likely the biggest single reason the paper is closing. The ruling party's long-standing hostility towards TC is well known and cost it a large share of readers in the party's heartland, so that for several years its sales came largely from the coast and other regions. This approach by the ruling party took a new turn with the launch of the Mariscan Daily, owned by a known party backer. Given the country's politics, where regional and party loyalty and the fear of government reprisal run deep, a private sector closely tied to the ruling camp falls into line and keeps its advertising away from the paper. On top of this, TC fell victim to a divisive, partisan climate in which it is hard, some would say impossible, to speak up on public issues without being charged with choosing a side and ending up as one more victim of the way we do politics.",
         ]),
    _neg("b105-adlinepacific-opencurrent-membership-neg",
         "Invented; modelled on Mumbrella Asia (interview about a reader-funded platform that grows with membership and funding)", "en", [
             "Open Current: Where campaigning meets reporting in the unlikely surroundings of Port Amara",
             "Port Amaran reporter and campaigner Selina Koh tells Adline Pacific's Grace Holloway why she chose to start a new regional media platform for the Southern Archipelago, how she plans to sidestep state censorship and why Open Current will turn down advertising",
             "Selina Koh is something of an oddity on Port Amara's media scene. Having spent most of her career freelancing for overseas outlets and campaigning against the island's detention-without-trial law, she has become an unusual voice of dissent in a press landscape widely seen as heavy on spin and self-censorship.",
             "Now, after a spell of crackdowns on independent media in Port Amara, the local reporter has joined forces with historian Marcus Teo and illustrator Ava Lim to set up a new, reader-funded platform for reporting, art and research about the Southern Archipelago. Fittingly called Open Current, a trial version of the site is already live, and it is due to launch in full once membership – and money – grows.",
             "This is what Koh told Adline Pacific about how Open Current is coming along:",
             "As a reporter in Port Amara, what made you break from the norm and freelance rather than write for the big mainstream news groups?",
             "“I started out blogging for [the independent news site] The Civic Lens, which was a very outspoken online space. I wrote a fair number of critical pieces for them, and I've taken a firm campaigning role on several issues: I worked on the campaign against detention without trial as well as a lot of free expression, LGBT and migrant labour campaigns.",
         ]),
    _neg("b105-townhallweekly-boroughs-papers-neg",
         "Invented; modelled on The MJ (council trade news on boroughs losing a court bid over their newspapers, repeated standfirst)", "en", [
             "Boroughs lose bid to keep printing fortnightly papers",
             "Two Quellhaven boroughs have lost their last court challenge over the right to keep printing their fortnightly newsletters.",
             "Two Quellhaven boroughs have lost their last court challenge over the right to keep printing their fortnightly newsletters.",
             "Greywater and Tennerby borough councils had been told by ministers to stop publishing so that independent local papers would not be undercut.",
             "The councils argued, however, that their papers saved large sums because they did not need to buy space for statutory notices in the commercial press, and so went to court to contest the order.",
             "Senior judges have now turned down the councils' bid to challenge the earlier ruling.",
             "Greywater's mayor, Priya Castellan, said: ‘What we saved on statutory notices – such as planning notices and road closures – over this time far exceeds what we spent on lawyers.'",
             "A Tennerby spokesman added: 'We are let down that residents' council tax will now go on printing public notices in somebody else's paper, when it could have stayed in our own. ",
             "'We will now weigh up every option for how best to keep in touch with residents so that nobody misses out as a result of this judgment.'",
         ]),
    _neg("b105-skerrinislesnews-localmedia-funding-neg",
         "Invented; modelled on We Love Stornoway (island news on politicians backing funding for local media)", "en", [
             "The vital part played by local media with real reporters on the ground in their communities has been stressed this week by politicians from rival parties.",
             "The Unionist Alliance launched a newspaper rescue plan on Tuesday (7 July) drawn up with the Press Workers' Guild and aimed at securing the industry's long-term future.",
             "And the Skerrin Isles member of the Assembly, Morag Lennie, has said that the Islands First-led regional government is also keenly aware of how much local media matters culturally after the pandemic.",
             "The Unionist Alliance's rescue plan includes new funding streams, more government advertising, rates relief and a journalism trust to support local outlets.",
             "Shadow finance spokesman Callum Reid, who also represents the Outer Skerrin region, said: \"Healthy local media is essential to a working democracy because people need a trustworthy source of news for all sorts of reasons, not least so they can hold their elected representatives to account. That matters just as much locally as it does nationally.",
             "\"Out here in the isles, our priorities are often a world away from those of the mainland cities and we need local papers so that island issues get the attention they deserve.\"",
             "Ms Lennie said today (Friday 10 July): “I have never seen such a hunger for information as there is right now, which shows in how many people are getting in touch with me. Local reporting will matter greatly for our cultural future.”",
             "The remarks come as the gradual easing of lockdown rules sees some island firms return to full trading while others say they will either delay reopening or shut for good.",
             "With heavy dependence on advertising and firms pulling their adverts, outlets other than the public broadcasters have struggled to keep going and keep serving their readers.",
         ]),
    _neg("b105-valleyecho-taxrelief-donations-neg",
         "Invented; modelled on The Byron Shire Echo (short relayed item on a lobby group seeking tax deductions for donations to non-profit newsrooms, cut mid-word)", "en", [
             "A hopeful path for Norvale journalism",
             "Sprout's Dana Kellerman writes:",
             "A leading press advocacy group has urged the Marsh government to let small 'everyday' investors and business donors claim tax deductions for gifts to start-up non-profit newsrooms.",
             "The Civic Journalism Trust – an independent group whose members include several well-known journalism lecturers – wrote to Media Minister Paul Archer last Tuesday ‘urging measures to encourage charitable giving to public-interest reporting, including tax deductions for gifts to non-profit news o",
         ]),
    _neg("b105-moneyweekly-media-tideline-neg",
         "Invented; modelled on Financial Mail (columnist on media under pressure telling readers to give money to another publication, cut)", "en", [
             "It's difficult to think of a period when Kardonian media — print, online, radio and TV — was under as much strain as it is today. Reporters who expose corruption are swarmed by armies of online bots and threatened with violence. Print titles live under constant threat, and I can't name a single print title now owned by a genuine publisher — a person without deep pockets who loves journalism and shows up daily to see that it gets done.",
             "Radio may still have a few, and the new TV channel NewsDesk24, awkward name aside, is a genuinely good effort. And I've been charmed by a new online publication called Tideline, which adds a fresh daily voice to the media and, while left-leaning, takes sport seriously and is nicely edited (sorry, curated, which I gather is the term when the editing happens online). It is plainly a labour of love, care and humility. Send it some money if you can afford to. Tideline w...",
         ]),
    _neg("b105-dunmari247-journalism-rant-neg",
         "Invented; modelled on Naija247news (opinion rant about readers not paying a few dollars a month for journalism, shrug emoji)", "en", [
             "“Serious Journalism: Vital but Out of Reach for Most Dunmari?”",
             "Out of 150 million Dunmari, can a mere 4,000 of you pay $4 a month for investigative reporting that would give you what you need to rescue your country?",
             "No, it costs too much, Dunmari are too broke, and quality journalism ought to be free because reporting runs on passion, broomsticks and bits of twine.",
             "An entire nation of 150 million, with a first- and second-generation diaspora of at least 4 million, cannot pool money for even one news outlet that would tell the nation's story for the nation's benefit, because it's too dear and who even wants that.",
             "It can, though, bankroll a sprawling showbiz scene where all sorts of mumbling hangers-on who add nothing to anybody's life routinely sell out concerts with tickets priced at four times the monthly minimum wage.",
             "Happy to pay through the nose for celebrity airheads to lip-sync their cookie-cutter auto-tuned tracks and now and then slap you around as a bonus, but paying for what truly improves your life is where you all draw the line.",
             "Well, I got the message and went off to a job that pays me properly. I gave you lot my best shot. If 150 million people together decide their minds are too small to earn them room on a planet that is busy trying to wipe them out, then who am I to argue.🤷🏿♂️",
             "Let no one ever claim I didn't do my bit",
         ]),
    _neg("b105-westmarchherald-notices-vote-neg",
         "Invented; modelled on Pembrokeshire Herald (assembly committee vote on keeping tax notices as newspaper advertising)", "en", [
             "Assembly committee rejects bid to keep rule on printing tax notices in newspapers",
             "AN ASSEMBLY committee has rejected calls to keep a legal duty for local tax notices to be printed in local newspapers.",
             "Owen Pritchard put forward an amendment to the council finance bill to make sure public notices kept appearing in print.",
             "But the vote in the communities committee was tied 4-4, leaving the chair, Gwen Talbot, to use her casting vote against the amendment under the Assembly's rules.",
             "Mr Pritchard, the Unionist member for Carnvale East, said notices that only appear online are not within everyone's reach and some people depend on newspapers.",
             "He said keeping the rule would boost accountability and openness.",
             "Mr Pritchard, who ran Carnvale council for ten years, said: “We should not be taking away people's right to get information in the form that works for them.”",
             "He told the committee: “It's almost a government washing its hands of its duty to make sure every person in Westmarch, every last one, can get hold of information….",
             "“I think it's a step backwards that we didn't need. I think the government ought to take more responsibility towards the wider population of Westmarch.”",
             "Rhys Penhallow, another Unionist member, who represents Corsdale and Elmford, warned that moving notices online-only could threaten the survival of some local papers.",
             "“Not everyone reads their news on the internet – that deserves respect,” he said, noting that some people trust the printed press because of false information spreading online.",
             "The Heritage Party's Ieuan Pryce backed the aim of the Westmarch government but supported the Unionist amendment because of the possible effect on the newspaper trade.",
             "Mr Pryce said: “Several news outlets have been in touch with us as members to say quite plainly that they wouldn't be profitable without these advertising notices.",
         ]),
]


BATCH105_DOCUMENTS = PROBE85_APPEALS + PROBE85_NEGATIVES
