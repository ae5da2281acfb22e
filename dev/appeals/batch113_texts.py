"""Batch 113: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; all EN): our own paraphrases of every document of the local-only
real probe 93 (24 documents). Each keeps the real page's structure (a business column with a "Source:"
line cut off mid-sentence above a premium line and the author's name; a one-paragraph column cut with
"…" above a two-line subscriber box; a newsletter with its title line repeated, a "Hi," line, a FAQ
pointer and a run glued without a space, cut mid-word; a world-news digest with a duplicated "on this
day" headline around a country line and a front-page item with its paper-and-date line; a podcast
transcript page with an episode-date line, a promo paragraph glued without a space before "For more",
"Transcript" and "Starting point is" lines including a hospital donation spot read in the ad break; a
members' login fragment, an AI-summary disclaimer line and a staff letter with a photo caption glued to
the next sentence, cut mid-word; a site index with a form error and success message, section labels,
dated brief lines and teasers cut mid-sentence; a photo-credit and byline above an anniversary letter
cut after one letter; a close-button "x" glued to a banner, a headline and a doubled video teaser; a
capitalised byline-and-time line, a doubled photo caption, an "Image:" line and a ". ." artifact; a
magazine editor's letter under a social-handles line; a podcast show page with guest line, show notes,
a transcript with speaker lines, cut mid-word; a donate box with "»" links above a section index and a
double space) and exactly what the real gold marks: a one-line "join the premium tier to keep reading"
line after a cut column (the byline after it stays text); a two-line subscriber box with plans, button
and login; a newsletter's whole run from "if you are new here, you can" through the member button, the
members-only teaser and the tip-jar paragraph to the cut end; a three-line newsletter slogan at the top
plus a daily-feature sign-up line in the middle; the outlet's own podcast promo with its "find and
follow" link (the hospital's donation spot in the transcript stays text); a two-line members' login
fragment plus a "your support today" quote headline (the AI disclaimer between them stays text); a
newsletter form's error and success messages plus a weekly-newsletter sign-up line; the editor's "I need
your help" heading and the cut request sentence under it; a close-button support banner plus a Telegram
channel pitch with its button; a top subscription offer with its button and a cut repeat of the offer at
the end; a "follow us on our socials" line with its handles; a podcast "listen on these apps" line; a
whole donate box from "Close" to "Give now »". Negatives keep what makes the real ones hard: a mayor's
hospice charity appeal launched with a council donation, an exile journalists' network fundraising gala
with a monthly-donor target (reported by an outlet it funds), an editorial on the plight of local
independent media, a crowdfunding drive for food vouchers ending in a relayed "support them by donating
to their" line, a blogger plugging another outlet's funding campaign, a party leader's flood-relief
telethon totals, officials collecting public donations for quake victims, a refugee tradesman's story
ending on a charity rater's recommended appeal link, an online fundraiser for a patient, a diaspora
fundraiser for a transplant, and a media owner's letter about buying another publisher.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it stands,
every gold appeal substring is located in it (asserted unique), and the batch is written out as an
unseen fixture file that no rule is fitted to.
"""


from whole_documents import _doc, _neg


# --- Probe 93: appeal documents -----------------------------------------------------------------

_TALLYHOUSE_PRO = "Keep your edge sharp. Become a Tallyhouse Pro member to read the rest."

_MERIDIAN_BOX = "\n".join([
    "Stay ahead of every headline Become a Meridian Ledger Subscriber now. For analysis, data, market numbers, and a window on new openings.",
    "Plans from N1200 Monthly Subscribe Now Already a subscirber? Sign in",
])

_GLOWMOTH_RUN = "\n".join([
    "If you're brand new around here, or on the free tier and now keen to back this little project, here's how:",
    "Fund my reporting, help me commission outside writers, chip in to Glowmoth's legal war chest, join the Q&As, and be part of the Glowmoth crowd.",
    "Join as a Monthly or Annual Member",
    "(The next letter for paying members is a long read about Everlast, a \"life extension\" clinic that is keeping 180 clients in deep-freeze pods, betting that medicine will one day wake them up again. I have spent chunks of this year with Everlast's founder, who keeps insisting to me that it is real science and not a fantasy. It's a strange one.)",
    "Also, since a handful of you requested it, Glowmoth now has a \"Tip Jar\", which mostly goes toward any lawsuits this newsletter ends up tangled in. I'd much rather Glowmoth didn't get sued into oblivion like th",
])

_FARSIGHT_SLOGAN = "\n".join([
    "When the world feels smaller.",
    "We help you look further.",
    "Subscribe to our truly global morning newsletter.",
])

_FARSIGHT_REWIND = "Have Rewind delivered to your inbox ✉️ every morning! Subscribe here."

_CRN_PROMO = (
    "Here's a new CRN show we suspect you'll like. Across the Border unpacks what is unfolding in Washington "
    "this week and asks what it could mean for people living in Canada.... In episode one, correspondents "
    "from CRN's U.S. bureau look at the White House's sharper trade stance and its growing list of tariff "
    "threats. Is the administration's talk of a \"trade fortress\" turning into a kind of economic siege "
    "of its neighbours? And where does that leave Canadian farmers?For more off-the-cuff, sharp "
    "conversation from reporters who know both capitals and carry a West Wing badge, search for and "
    "subscribe to Across the Border on your favourite podcast app, or tap here: "
    "https://pods.example.com/xBorderFrontBench"
)

_TIDEWATCH_LOGIN = "\n".join([
    "Already a Tidewatch+ member?",
    "to hear fearless, award-winning stories.",
])

_TIDEWATCH_QUOTE = "'What you give now means braver stories get told next year'"

_LATTICE_FORM = "\n".join([
    "That e-mail doesn't look right",
    "Done, your briefing is on the way!",
])

_LATTICE_NEWSLETTER = (
    "Get Lattice Story's weekly newsletter for the inside track on surveillance gadgets and repressive "
    "governments, delivered to your inbox"
)

_CARIBE_PLEA = "\n".join([
    "As Caribe Pulse's editor and publisher, I'm asking for your support",
    "Today I'm reaching out to ask you to help us keep going through the next twelve months. Y",
])

_PEOPLESLENS_BANNER = (
    "xYOU NEED FEARLESS, INDEPENDENT JOURNALISM. Readers like you keep us going. Back fearless "
    "independent journalism."
)

_PEOPLESLENS_TELEGRAM = "\n".join([
    "Get on-the-ground reports & analysis from a people's point of view on strikes, struggles & in-depth video explainers and debates about today's news, right inside your Telegram app. Join PeoplesLens's Telegram channel & receive instant alerts on stories the moment they go live on our site.",
    "Join PeoplesLens On Telegram",
])

_HARBOUR_TOP = "\n".join([
    "subscribe Just R25 for the first month. Back independent reporting by signing up for our digital news bundle.",
    "Subscribe now",
])

_HARBOUR_END = "Subscribe Just R25 f"

_RAINBOW_SOCIALS = "\n".join([
    "Follow us everywhere we post:",
    "@rainbowcurrentmag @RCurrentIE @RCurrentIE @RCurrentIE",
])

_FIELD_LISTEN = (
    "Follow us on Spotify, Apple Podcasts, Amazon Music, Pocket Casts or YouTube, or look up “The Field "
    "Dispatch” in whichever podcast app you like."
)

_CHORUS_BOX = "\n".join([
    "Close",
    "Give today to keep Open Chorus going!",
    "Watch the film: This Is Open Chorus!",
    "We cover 150 countries. We publish in 28 languages. We are Open Chorus. Watch the film »",
    "More than 700 contributors around the globe team up to bring you stories you would struggle to find on your own. But we cannot manage it without you. Although most of us give our time for free, we still rely on you to pay for our editors, our tech, our outreach and advocacy work, and our community gatherings.",
    "Give now »",
])


PROBE93_APPEALS = [
    _doc("b113-tallyhouse-okavia-stalling-end", "appeal", "end",
         "Invented; modelled on Stears Business (editor's weekly column cut mid-sentence above a premium-tier line and the byline)", "en", [
             "Why Okavia keeps stalling, in two parts (Part I)",
             "Two knots in the Okavian economy. Source: Tallyhouse Analysis",
             "Each Monday, I poll my Tallyhouse teammates on what my Friday column ought to cover (This one is number 47 since I took over as Editor-in-Chief).",
             "This week, nobody could come up with a decent news hook. Usually I have a handful of options to put to a vote, but my own mind was empty as well. Now that I think about it, the drought started around the New Year break—very little has moved since. My feed is mostly leftover podcast squabbles and foreign sagas like the crypto crash in Seoul.",
             "My dear friends at the Reserve Bank of Okavia (RBO) have kept unusually silent too. As for President Oduya, the biggest thing I caught was a visit to Ilaro North for the ruling party's voter card drive.",
             "Oh wait…he reshuffled the police top brass. Huge news.",
             "Still, my policing expertise is not quite up to scratch, so I am going to invent some economics to chew on. I don't usually stick to",
             _TALLYHOUSE_PRO,
             "Femi Adesuwa-Cole, Jr.",
         ], appeals=[_TALLYHOUSE_PRO]),
    _doc("b113-meridianledger-weekreview-landcase-end", "appeal", "end",
         "Invented; modelled on BusinessDay Nigeria (one-paragraph column cut with an ellipsis above a two-line subscriber box)", "en", [
             "As each month winds down, I normally go back over the stories that ran across our many channels. The one that stayed with me most was an odd sideshow in a land dispute that this well-respected paper covered at length. The sums at stake were enormous, yet that was hardly the…",
             _MERIDIAN_BOX,
         ], appeals=[_MERIDIAN_BOX]),
    _doc("b113-glowmoth-qa-migration-end", "appeal", "end",
         "Invented; modelled on Webworm (independent newsletter leaving its platform; membership pitch, member teaser and tip jar to the cut end)", "en", [
             "A September Q&A!",
             "In this first Glowmoth sent without Ghostletter, a chance to quiz me on anything at all, plus a fresh batch of Glowmoth hoodies.",
             "A September Q&A!",
             "Hey,",
             "Welcome to the first-ever Glowmoth that isn't running on Ghostletter. The move went smoothly, and here we all are.",
             "Glowmoth now lives in your inbox, and at glowmoth.example.com. Over there you'll also find the full back catalogue of roughly 900 Glowmoth posts, including the audio pieces I've put out such as \"The Lighthouse Keeper\" and \"Twelve Missing Canoes\".",
             "Goodbye Ghostletter... which, as of this morning, was still cheerfully hosting this:",
             "A Hate-Group Ghostletter",
             "There's a FAQ further down, but in a nutshell, the main points:",
             "If you already pay for Glowmoth, there's nothing at all you need to do. Every bit of your billing info has moved across with you, and you can feel a little glow knowing Ghostletter no longer skims its cut off the top. The 10% they used to keep now lands straight in Glowmoth. I'll see you in the comments. Pull up a chair and stay a while.",
             "So today I thought we'd run a Q&Aon the switch, and on whatever else is on your mind. Once you've signed in, fire away in the comments down below.",
             _GLOWMOTH_RUN,
         ], appeals=[_GLOWMOTH_RUN]),
    _doc("b113-farsightdaily-frontpage-marenia-top+middle", "appeal", "top+middle",
         "Invented; modelled on Worldcrunch (newsletter slogan at the top, a daily-feature sign-up line between an on-this-day item and a front-page item)", "en", [
             _FARSIGHT_SLOGAN,
             "The Coastal Herald is the most widely read broadsheet in Marenia. This centre-right paper is based in Port Selan. It was founded in 1979 and belongs to Herald Media Group.",
             "Rewind - March 9: The MV Estrela Ferry Sinks",
             "Calvera",
             "Rewind - March 9: The MV Estrela Ferry Sinks",
             "On this date in 2011, the MV Estrela ferry went down near the Calveran coast, killing 212 passengers, most of them university students on a field trip.",
             _FARSIGHT_REWIND,
             "Front Page In Marenia: 'Show Restraint' President Salvo",
             "The Coastal Herald, Sept. 4",
             "Marenia's combative president Dario Salvo has opened a new feud with Senator Ines Corbal, whom he called a \"dishonest\" politician with a \"long and murky record in public office\" and tied to a fuel smuggling network.",
             "\"If you insist on ruining me, at least leave my staff, my allies and my relatives out of it. They have done nothing to you,\" Corbal answered, in remarks splashed across the Coastal Herald's front page this morning.",
             "The paper points out, however, that Corbal did not flatly reject Salvo's allegations, in particular that she used her chief of staff and rumoured partner to pick up kickbacks from jailed smugglers. \"I will not pick a fight, I will not wage any battle with the president. For a start, I have no idea what I ever did to him,\" she said, charging the president with \"overreach and misuse of his office.\"",
         ], appeals=[_FARSIGHT_SLOGAN, _FARSIGHT_REWIND]),
    _doc("b113-crn-frontbench-acrosstheborder-promo-top", "appeal", "top",
         "Invented; modelled on CBC At Issue on a podcast transcript site (own-podcast promo with follow link; a hospital donation spot in the transcript)", "en", [
             "Front Bench - Will the tariff wall reach Canada's dairy next? Reporting from CRN's Washington desk",
             "Episode Date: March 4, 2026",
             _CRN_PROMO,
             "Transcript",
             "Starting point is 00:00:00 Not every hill is worth the climb. This one takes stamina, day in and day out. You have to be the long shot that keeps on showing up. You have to be 4,200 nurses and 700 physicians stretching every single dollar. You have to be Eastgate General. Known for the steep road and always reaching a little higher. And with your help, we keep going. Give at eastgategeneral.example.org.",
             "Starting point is 00:00:30 You're listening to a CRN podcast. Hello, and welcome to a special episode today, borrowed from the newest weekly show made by our sharp correspondents in Washington. It goes by the name Across the Border. U.S. politics, seen from north of the line. Every Tuesday, Dana Whitlock and Marcus Leblanc, two old friends of this show, will sit down with fellow reporters to unpack the week's biggest stories out of the U.S. capital and ask the key question, what does it all mean for Canadians? You'll hear sharp off-the-cuff conversation from journalists who know both capitals and carry a West Wing badge. So here, for you now, is the very first episode of Across the Border. Have a listen.",
         ], appeals=[_CRN_PROMO]),
    _doc("b113-tidewatch-researcher-letter-top", "appeal", "top",
         "Invented; modelled on Rappler copied onto a mirror site (members' login fragment, AI-summary disclaimer, staff support-letter quote headline)", "en", [
             _TIDEWATCH_LOGIN,
             "This summary was produced by AI and may contain mistakes. For full context, please read the complete story.",
             _TIDEWATCH_QUOTE,
             "Hello! I'm Marisela Dumalag, senior research editor at Tidewatch. A few months from now, I'll reach my 11th year as a journalist, every single one of them in this newsroom.",
             "I like to say that eleven years in this trade deserve a trophy for sheer stamina. But honestly, those years have shaped me in ways I could never have pictured on my graduation day.",
             "I was barely 22 when I started in the news business. Three years on, the harsh era of the Velasco government arrived. So you could say I watched, year after year, as reporting in our islands grew more exposed to political muscle and to the machinery of the state. We got through rules and orders meant to shrink the room for facts, and campaigns aimed not only at our reputation but at our very licence to publish.",
             "Here I am as an intern at Tidewatch covering the 2012 local elections.I reported on many of those years both out in the field and at the desk. I can honestly say that they put our promise to stand firm to the test. The harder the pressure pushed, the surer I became that the best answer to attempts at silencing us is simply to keep reporting well.",
             "I've been in Tidewatch's research team since joining in 2013. Much of my job is backing up our video reporters and editors whenever a claim needs checking, a story needs context, or a lead needs more digging.",
             "That's teamwork in action, the sort that shows you that the largest investigations, documentaries that take half a year, and even the everyday reporting that keeps the public awa",
         ], appeals=[_TIDEWATCH_LOGIN, _TIDEWATCH_QUOTE]),
    _doc("b113-latticestory-controltech-index-top+middle", "appeal", "top+middle",
         "Invented; modelled on Coda Story (section index with newsletter form messages, a weekly-newsletter line and dated brief teasers cut mid-sentence)", "en", [
             "Control Tech",
             _LATTICE_FORM,
             "The smartest modern police states learned more from ad-tech engineers than from old secret police manuals.",
             "Online Platforms",
             "Online platforms hand ordinary people a megaphone. They hand one to hired bot farms and state spin doctors as well.",
             _LATTICE_NEWSLETTER,
             "Quick Takes",
             "4 December, 2021",
             "Fake clips of rival leaders Tomas Arlen and Greta Vollmer spread – carrying a pointed warning",
             "Two doctored clips of Prime Minister Tomas Arlen and his challenger Greta Vollmer apparently doing the unthinkable — praising one another — appeared online weeks before the February snap vote in Nordmark. The clips, synthetic videos known as deepfakes, were made by Civic Signal, a research group that pushes for careful rules on how such tools are",
             "Tracking people is itself a kind of propaganda war, argues Helene Marsk",
             "At Lattice, we try to draw lines between the stories we follow, but our two beats — propaganda and repressive tech — have usually felt separate. When we think of propaganda and influence operations, we tend to picture state-backed lying; yet Helene Marsk, author of The Watched Economy, frames it another way entirely. “Data",
             "15 November, 2021",
             "Inquiry shows state hackers dressed up as a rival nation's crew",
             "What sets digital conflict apart from a shooting war is that it is often far harder to be sure — let alone demonstrate — who hit you. That leaves attackers largely unpunished, so the cleverness and damage of each intrusion keeps on growing while deterrence lags a step behind. There are, of course, some methods that investigators",
             "9 November, 2021",
             "Calls to split up big search companies gain ground",
             "Not long ago, a quarrel over search rankings would hardly have been a headline moment at a party leadership debate. Yet in the middle of the c",
         ], appeals=[_LATTICE_FORM, _LATTICE_NEWSLETTER]),
    _doc("b113-caribepulse-anniversary-letter-end", "appeal", "end",
         "Invented; modelled on Havana Times (publisher's anniversary letter; help-needed heading and request sentence cut after one letter)", "en", [
             "Photo: Delmis Ferrer",
             "By Alden Whitcombe",
             "CARIBE PULSE – With another birthday of this project behind me, I think the moment has come to put a question to you, our readers: are we truly doing something useful for you?",
             "This independent, ad-free news project began in San Telmo in 2009 as something meant to last two or three years. The idea back then was to give people curious about Marazul an English-language outlet about everyday life on the island. We wanted to bring in voices and views missing from the state press, while still leaving room for the ruling party's own account of the island's past, present and future.",
             "By the second year, we had added a Spanish edition, something the contributors themselves asked for so they could share their work with fellow islanders and the wider Spanish-speaking world.",
             "The years went quickly, and this is now our fifteenth year of publishing every day. For me that adds up to about a third of my working life. We began focused on Marazul alone, but over the past ten years we also made Tierra Alta a priority country, with several other neighbours in the region covered less often.",
             "One of the toughest questions for everyone involved has been how to handle the steadily grimmer news from both Marazul and Tierra Alta, as both governments have shown they intend to hold on to power for as long as possible, by force and whatever the price.",
             "The approach of prison, beatings or forced exile for anyone who strays from the party line has caused enormous pain and has directly hit many of our contributors. In both countries, those in power have rejected every genuine effort at talks, debate or compromise, and with hope growing scarce, people have been leaving in huge numbers.",
             _CARIBE_PLEA,
         ], appeals=[_CARIBE_PLEA]),
    _doc("b113-peopleslens-saptah-telegram-top+end", "appeal", "top+end",
         "Invented; modelled on NewsClick (close-button support banner at the top, doubled video teaser, Telegram channel pitch with button at the end)", "en", [
             _PEOPLESLENS_BANNER,
             "Amid Rising Prices and Job Losses, Surge in Tycoons' Fortunes and 'Traitor' Labels",
             "In this edition of ‘Saptah Ki Charcha’, veteran journalist Ravindra Sethi asks why opposition parties have stayed so quiet on the weavers' strike, bus fares and the climbing price of cooking gas",
             "In this edition of ‘Saptah Ki Charcha’, veteran journalist Ravindra Sethi asks why opposition parties have stayed so quiet on the weavers' strike, bus fares and the climbing price of cooking gas. While the wealthy keep piling up fortunes on one side, more and more campaigners are being charged with sedition and branded ‘traitors’ on the other. With elections around the corner, the state government has chosen to withdraw nearly 8 lakh cases registered under assorted sections. Which rather raises the question of why those cases were ever registered at all.",
             _PEOPLESLENS_TELEGRAM,
         ], appeals=[_PEOPLESLENS_BANNER, _PEOPLESLENS_TELEGRAM]),
    _doc("b113-harbourlive-bayside-shutdown-top+end", "appeal", "top+end",
         "Invented; modelled on TimesLIVE (first-month subscription offer with button under the byline, and a cut repeat of the offer at the end)", "en", [
             "'Fed-up Bayside residents' take their housing fight onto the streets, shutting down several roads across the city",
             "14 March 2021 - 06:42 By THANDEKA MOLOI",
             _HARBOUR_TOP,
             "Residents of Seapoint Flats, Marula, Driftwood, Kloofhoek, Sandvlei and Ridgeway are set to join the protests.",
             "Residents of Seapoint Flats, Marula, Driftwood, Kloofhoek, Sandvlei and Ridgeway are set to join the protests.",
             "Image: City of Port Alder",
             "The \"Fed-up Bayside residents\" group came out on Monday morning for a \"full shutdown\" protest over problems mostly affecting people who live in backyard shacks.",
             "The City of Port Alder's traffic spokesperson, Nomvula Daniels, said a number of roads had been blocked with burning tyres.",
             "Marine Drive and the Ridgeway Expressway were shut both ways, along with Albert Road in Driftwood. .",
             "Daniels said Harbour Street and Long Street in the city centre, and the M12 at Sandvlei Road, were also shut.",
             "Kloof Road between the Marula and Sandvlei turn-offs in Seapoint Flats was closed as well.",
             "People from Seapoint Flats, Marula, Driftwood, Kloofhoek, Sandvlei and Ridgeway were reportedly taking part in the action, which was due to run until 10am.",
             "The group's aim was to \"show up the state's failure on land, its failure to deliver, its broken promises and its deliberate refusal to spend the housing money\".",
             "\"This land was ours long before the settlers came, our patience is gone, and we demand our right to come home,\" the group's Yusuf Petersen said.",
             "The city's mayoral committee member for safety, Andile Botha, said they had not engaged directly with the organisers and so could not predict how much support the shutdown would get or how big its impact would be.",
             "The city would nonetheless back the police if asked to do so, he added.",
             _HARBOUR_END,
         ], appeals=[_HARBOUR_TOP, _HARBOUR_END]),
    _doc("b113-rainbowcurrent-junejuly-editorial-top", "appeal", "top",
         "Invented; modelled on GCN Ireland (follow-our-socials line with handles above a magazine editor's letter)", "en", [
             _RAINBOW_SOCIALS,
             "Hello, lovely reader, and welcome to the June/July issue of Rainbow Current. Summer has arrived and, with life gradually and carefully finding its way back to something like “normal”, we're thrilled to bring you another packed issue of Rainbow Current charting what's going on in our community through music, art, history and politics.",
             "If you'll indulge us for a second, Rainbow Current's work online was honoured with the ‘Best Community Website’ prize at the national Web Awards last month. We are thrilled to be recognised for it, and we owe every one of you a huge thank-you for the backing you've given Rainbow Current over the last couple of years especially. While we had no print edition during the lockdowns, our website stepped into the spotlight and flourished thanks to the support of our community. Míle buíochas!",
             "By now, you'll have admired our gorgeous cover starring the brilliant Hollow Tides. It's the band's second time on the front of Rainbow Current. Photographed (on both occasions) by the gifted Niamh Carrow, we're delighted to feature the Tides and mark the release of their second record, Nowhere Near Home, which is a treat. The Tides are on the road across Europe right now, winning over every city they play. Ciara Feeney spoke to them about the new album and their new life as homegrown music royalty.",
             "There's more culture too, including a chat with Limerick band Soft Static, a preview of the Cork Queer Film Weekend, and a profile of the spooky minds behind the ghost-story podcast Night Terrors, one half of whom is Rainbow Current's very own Declan Rowe.",
             "With the Solstice Festival coming up in June, we have everything you need to know about a dazzling new version of the legendary '80s and '90s club night, Glitterbox. In a similarly nostalgic and thoughtful vein, we look back at the story of the much-loved queer venue, The Velvet Room.",
         ], appeals=[_RAINBOW_SOCIALS]),
    _doc("b113-fielddispatch-offmic-burnout-middle", "appeal", "middle",
         "Invented; modelled on The New Humanitarian (podcast episode page; listen-on-these-apps line under the guest line, transcript cut mid-word)", "en", [
             "Off Mic | Burnout in relief work can be prevented",
             "‘What wears most relief workers down is not what they saw or went through. It's how their organisations are led and run.’",
             "The way relief agencies are run can harm staff wellbeing as badly as facing conflict, famine, and human rights violations.",
             "Veteran relief worker Marta Okonjo hit burnout after a long mission. She trained as a counsellor and now helps agencies build healthier workplaces so fewer staff end up struggling with their mental health.",
             "Off Mic is our new fortnightly show digging into the quiet truths and awkward realities behind the world's wars and emergencies, hosted by The Field Dispatch's Hana Bergstrom and Tomas Ruiz.",
             "Guest: Marta Okonjo, relief worker and counsellor",
             _FIELD_LISTEN,
             "Got a question or a comment? Or an idea for a future Off Mic episode – from a chat you had yourself or one you overheard? Write to [email protected] or join in on social media with the hashtag #OffMicPod",
             "Show notes",
             "Transcript | Burnout in relief work can be prevented",
             "Tomas Ruiz:",
             "This time on Off Mic: why burnout in relief work can be prevented",
             "Marta Okonjo:",
             "What wears most relief workers down is not what they saw or went through. It's how their organisations are led and run.",
             "Ruiz:",
             "This is Off Mic, a new fortnightly show from The Field Dispatch where we dig into the quiet truths and awkward realities behind the world's wars and emergencies. I'm Tomas Ruiz.",
             "Relief staff sent into crises witness some of the most harrowing scenes imagina",
         ], appeals=[_FIELD_LISTEN]),
    _doc("b113-openchorus-govote-donatebox-top", "appeal", "top",
         "Invented; modelled on Global Voices (close-able donate box with video link and donate links above a section index)", "en", [
             _CHORUS_BOX,
             "Short Reads + Online Campaigns",
             "Newest posts from Short Reads + Online Campaigns",
             "The “Go Vote” Dance Challenge Nudges Young People Toward the Polls",
             "Borrowing the beat of a chart-topping summer single and its much-copied dance routine (more than 90 million views online), an Aldenport-based video studio called Brightframe has started an upbeat campaign on Instagram named “Go Vote” that aims to get people out for the coming regional elections.",
             "The campaign also has its own website and a TikTok account (@GoVoteDance).",
             "Because of  the long downturn that has dented household confidence across the region since 2009, and the trouble the regional assembly has had proving it still matters on questions such as water rights and rail links, many commentators worry that turnout will sink to a fresh low at the coming vote. Writing for the Valmora Notes blog, Lucia Ferraz points out [pt] that in the 2017 regional elections, 61.2% of eligible voters stayed at home. The Go Vote campaign describes itself as an independent effort whose sole purpose is to encourage voting, especially among young people. Over 8,400 people have already received invitations to join in through Instagram. The plan is to crowdsource a fresh version of the original dance",
         ], appeals=[_CHORUS_BOX]),
]


# --- Probe 93: negatives ------------------------------------------------------------------------

PROBE93_NEGATIVES = [
    _neg("b113-boroughbeat-ashbygreen-hospice-mayorappeal-neg",
         "Invented; modelled on MyNewsMag Hillingdon (local report on a mayor's hospice charity appeal launched with a council donation)", "en", [
             "Welcome boost for Ashby Green hospice charity drive",
             "Published on: 12th September 2018   |   By: The News Team   |   Category:",
             "A generous £25,000 gift from Westmere Council's garden-waste recycling scheme has given a flying start to this year's Mayor's charity drive for St Brendan's Hospice. Cllr Margaret Oduya, Mayor of Westmere for 2018-19, has picked the hospice, which sits beside Ashby Green Hospital on Fenwick Lane, as her cause, raising money for equipment that will make life easier for its patients. News of the council's £25,000 gift was sprung on guests by Cllr Howard Lyle, Leader of Westmere Council, at the launch of the Mayor's drive on Thursday 9 August at the Town Hall. The cash came from the first four months of income from the council's new fortnightly garden-waste collection, which began last spring. Opening her charity drive on Thursday August 9 at the Town Hall in Westmere alongside her consort, Dennis Oduya, the Mayor spoke warmly of the outstanding care offered by St Brendan's Hospice. She said: “My husband and I have both seen first-hand what St Brendan's Hospice does, and the comfort, care and kindness its staff give to patients and the people who love them.  It matters enormously that the hospice stays at the centre of our town for decades to come. Making sure it has the best equipment and rooms we can provide will help it carry on its vital work. “With Westmere Council's £25,000 gift and all the fundraising I will be cheering on during my year in office, this year's drive should make a real and lasting difference to the hospice.” At the launch, the Mayor urged clubs, shops, schools and residents to do their bit in raising money for her drive.  She",
         ]),
    _neg("b113-valdoniawatch-fpen-exile-gala-monthlydonors-neg",
         "Invented; modelled on Turkish Minute (report on the exile-journalist network that funds the outlet holding a fundraising gala with a monthly-donor target)", "en", [
             "Leyla Arcan",
             "Valdonian journalists living in exile came together in the Netherlands on Sunday for the Free Press Exile Network's (FPEN) yearly fundraising gala.",
             "The FPEN is headquartered in Utrecht and backs more than a dozen outlets run by reporters in exile, among them Valdonia Watch.",
             "The gala included talks, live streams, short films and calls for donations to help independent newsrooms keep going from abroad.",
             "Organisers said about 80 volunteers worked backstage to run the evening, which was streamed live to viewers around the world.",
             "Speakers highlighted the work of reporters who were forced out of Valdonia and who keep covering it despite tight budgets and online blocking.",
             "Viewers were encouraged to sign up as monthly supporters through a quick two-step form on the network's website.",
             "The network set a goal of 2,500 new monthly supporters, compared with 1,600 the year before.",
             "Organisers said the money was needed to keep satellite broadcasts, news websites and training courses running.",
             "People watching from Europe, the Americas and elsewhere tuned in to the stream and posted messages of solidarity.",
             "Reporters called the evening a “wake-up call” and underlined the need to act together.",
             "The programme featured accounts from journalists who started video channels, news sites and podcasts after leaving Valdonia.",
             "Emre Dalan, an investigative reporter living in Belgium, said tech companies are increasingly limiting the reach of independent reporting.",
             "Dalan cautioned that depending entirely on big search engines and video sites leaves critical outlets in danger of vanishing from view.",
             "He said he raised the problem of hidden ranking penalties with European Parliament staff in April.",
             "Selin Oztas, a Valdonian reporter in exile, told a moving story about getting a letter from an imprisoned colleague while she was packing boxes in a Dutch warehouse.",
             "She said her colleague had asked wheth",
         ]),
    _neg("b113-coralcaynews-localmedia-editorial-neg",
         "Invented; modelled on Cayman News Service (editorial on the state of local independent media after a TV station closed)", "en", [
             "Where local news stands now",
             "| 11/06/2020 | 38 Comments",
             "CCNS writes: With the Island Gazette now partnering with government to deliver “independent” video news to residents, CCNS is the last fully operating, genuinely independent newsroom in the Coral Cays. This is a sad day for these islands. The Gazette's coverage has been uneven down the years, sometimes accused of leaning toward the government and at other times producing excellent reporting, but for decades it has been an essential service for our community.",
             "This new, public partnership comes hard on the heels of the abrupt collapse of the only private broadcaster, Cay TV 9, which went dark at the end of July. Something about that never added up. The Utilities Commission, a government body, decided to get tough and pull the plug on the channel over overdue licence fees, yet it has never got tough on the cable companies over the clause in their licences that obliges them to carry local programming.",
             "Had it been enforced, that clause would have eased the heavy cost of running Cay TV 9, and why nothing was done about something that could have kept the station alive has still not been explained.",
             "Which is why the premier's remarks after Cay TV 9 went dark now seem to fit. He promised that government would “at once look at ways the gap …can be plugged without delay”. One has to wonder whether this partnership was already on the table when Cay TV 9 was taken off the air.",
             "Independent local journalism is struggling everywhere, and it is getting ever tougher for newsrooms, from the biggest national dailies to small shops like CCNS, to stay afloat. But teaming up with government, however loudly they promise to stay independent, looks like a serious error for the Gazette's new owners, because it will badly, and maybe permanently, harm its standing as a trustworthy source of news.",
             "Even if the",
         ]),
    _neg("b113-westrandchronicle-standtogethersa-crowdfund-neg",
         "Invented; modelled on Roodepoort Record (report on an online group's crowdfunding for food vouchers, ending in a relayed donate line)", "en", [
             "#StandTogetherSA raises more than R250 000 in under 48 hours to help struggling families",
             "Online community #StandTogetherSA asked its more than 800 000 members what they needed most right now, and about 15 000 replied that they needed food and basic supplies.",
             "With the national lockdown in force to slow the spread of Covid-19, many households have been left with no way of earning a living or putting food on the table for their children.",
             "Online community #StandTogetherSA asked its more than 800 000 members what they needed most right now, and about 15 000 replied that they needed food and basic supplies.",
             "“These are extremely hard days for all of us. I asked our members a while ago who needed food, and to my absolute shock, thousands answered, many of them asking for help for themselves and households of up to eight people, which was both humbling and heart-breaking to see,” said the group's 41-year-old founder, Lerato Mokoena.",
             "Keeping to social distancing rules, #StandTogetherSA started a drive to collect donations via the crowdfunding site GiveTogether, hoping to raise funds to convert into electronic grocery vouchers for as many struggling households as possible.",
             "The drive opened on 18 April and has so far brought in R251 340,20 from 480 donors at home and overseas.",
             "“We are all in this, and those of us who are able must carry a little of the load for others. The only way out of this is side by side. Through our GiveTogether drive, we will help as many families as we can, in the order their requests reach us. We hope our members and everyone else will stand with us and help raise money as we work to get through this pandemic,” Mokoena said.",
             "Back #StandTogetherSA in feeding struggling households across the country by giving to their",
         ]),
    _neg("b113-kvetchcorner-wattlereview-otheroutlet-neg",
         "Invented; modelled on Jew On This (community blog plugging another outlet's last-day funding campaign)", "en", [
             "backing the wattle review",
             "by mirrel",
             "The Wattle Review, an independent Australian online magazine of news and commentary, is in the final day of its drive to raise enough money to keep going through 2012. While it's great that little blogs like this one can run for free, I reckon it matters just as much that our local independent press has the money to pay people for good reporting and analysis. The Wattle Review relies on this sort of backing so it can put its writing online free for everyone, with no paywall. So I figured I'd give their drive a shout-out here. If you care about independent media in this country and would like to see The Wattle Review stay online, please consider chipping in even a few dollars. They have reached 80% of their goal, and if they fall short, every pledge gets refunded.  You can chip in through their pledgeline page.",
         ]),
    _neg("b113-northernstar-pjm-flood-telethon-neg",
         "Invented; modelled on Pakistan Today (report on an opposition leader's third flood-relief telethon and its totals)", "en", [
             "Mahmood to host third flood relief telethon tonight",
             "By Our Correspondent",
             "NOORABAD: People's Justice Movement (PJM) leader Tariq Mahmood has announced that the party's third flood relief telethon will be held on Saturday (tonight) at 8pm.",
             "The PJM leader said the party was gathering donations for flood victims across the country and called on citizens to give as generously as they could to their fellow countrymen. The first two telethons had brought in more than Rs8 billion, he said.",
             "The former prime minister said extra phone lines would be set up this time so that as many callers as possible could get through and give.",
             "In the second telethon last Saturday, the PJM leader raised a total of Rs3.5 billion for flood victims.",
             "Mahmood said the country produces barely a fraction of global emissions but ranks among the nations hit hardest by a warming climate. We brought this disaster on ourselves by failing to build enough reservoirs, he said.",
             "More than 30 million people have been badly hit by the floods, a situation graver than the floods of 2010, the PJM leader said as the telethon opened. The country would have to stand together at this hard moment, he said.",
             "In the first telethon, PJM leader Tariq Mahmood raised more than Rs4.5 billion for relief work. According to Senator Nadia Qureshi, who hosted the broadcast, the former prime minister gathered over Rs4.5 billion in pledges during the four-hour flood appeal.",
             "Our Correspondent",
         ]),
    _neg("b113-kawtharnews-shahrak-quake-donations-neg",
         "Invented; modelled on ABNA English (officials reporting public donations collected for earthquake victims)", "en", [
             "Kawthar News Agency: Provincial officials in highland Shahrak province, Afghanistan, have announced that residents gave public donations of more than 900,000 Afghanis for the victims of the earthquake in the country's west.",
             "The Shahrak Department of Information and Culture said on its social media page that a committee to gather public contributions for the quake victims of Zarang Province had been set up, chaired by Nasir Ahmad Rahimi, the head of the provincial Department of Information and Culture.",
             "Mr. Rahimi also told reporters that the committee's members had gathered 912,450 Afghanis across Shahrak province to help and stand with the earthquake victims of Zarang Province.",
             "He said that of the total gathered, 275,300 Afghanis came from the provincial centre and the remainder from outlying districts.",
             "The head of Information and Culture in Shahrak said that all Afghans are one family and feel one another's grief and hardship.",
             "He thanked the donors and the people of Shahrak province for standing with the quake-hit people of Zarang and said: \"I hope this help will ease at least some of the suffering of those hit by the earthquake in Zarang.\" Shahrak province has also gathered aid in the past for families returning to the country from neighbouring states, officials noted.",
         ]),
    _neg("b113-valleycourier-dastan-quake-tradesman-neg",
         "Invented; modelled on The Border Mail (local refugee tradesman on an earthquake back home; ends on a charity rater's recommended appeal link)", "en", [
             "Dastan's people have been hit by yet another disaster after the mountainous north of the country, along its border with Karesh, was struck by a powerful magnitude 6.1 earthquake on Tuesday.",
             "Bendigo plasterer Farid Noori has lived in Australia for 14 years, having escaped persecution in his homeland of Dastan, but the distance has done nothing to ease the hurt.",
             "More than 1200 people have died and many thousands more have lost their homes in a country already on its knees since the junta seized power in 2020.",
             "While Mr Noori's relatives and friends live in another part of the country and are safe, he is heartbroken for the many families caught up in it.",
             "The local tradie said it had been very hard to watch the coverage, not least because he believes the junta will not help the people who need it most.",
             "\"Australians have always helped, and I am grateful for that,\" Mr Noori said.",
             "\"I am one of those people (who got the help) - I have been helped so much.\"",
             "\"People are suffering so badly from this earthquake (and) right now they have no food, their homes are gone.",
             "\"The earthquake was terrible - so strong and so powerful.\"",
             "Mr Noori said he hoped anyone in a position to help the people of Dastan would do it - and said he and many others would be deeply grateful for that kindness. Although the junta has promised not to block earthquake relief, Mr Noori has no faith in its word.",
             "\"If they truly wanted to serve the people, they would create work and let women hold jobs and let the girls stay in their classrooms,\" he said.",
             "\"They do not exist to help anybody. I have no trust in them.",
             "\"People were already starving, people were already without homes, people already had so many troubles and now this ... it is like double the trouble all over again.\"",
             "While there are plenty of ways people can give to the Dastani community, independent charity rater GiveWise Watch has pointed donors toward the Open Hands appeal at openhands.example.org/appeals/dastan-quake-rel",
         ]),
    _neg("b113-mtaanidaily-netizens-teacher-fundraiser-neg",
         "Invented; modelled on Kenyans.co.ke (report on an online fundraiser for a patient, with a doubled photo caption)", "en", [
             "Netizens Raise Ksh760K for Sick Teacher",
             "File photo of a woman using a laptop",
             "File photo of a woman using a laptop",
             "Kenyans have once more shown what goodwill and social media can do together, pooling money online for a schoolteacher in urgent need of treatment.",
             "Beatrice Wanjiru Odhiambo, a kidney patient, will now get a transplant after well-wishers contributed Ksh 762,400 by Friday, October 9.",
             "Odhiambo was found to have end-stage kidney failure and needed a transplant without delay. Her relatives were told to raise Ksh 700,000 as a deposit before the hospital would schedule the operation.",
             "The appeal was opened by her cousin Grace Achieng on Thursday, October 1. Eight days on, more than 1,200 well-wishers had pushed the total past what was needed.",
             "Beatrice Wanjiru's appeal as it was posted online on Friday, October 9, 2020",
             "One Kevin Otieno drove the appeal on Twitter, bringing in well-known names who donated and shared it on their own accounts.",
             "Singer Amani Wekesa (Mzee Beats) and well-known advocate Tom Kiprono were among those who chipped in.",
             "\"We are nearly there now. Thank you Tom Kiprono for sharing this. Big thanks too to Mzee Beats for giving and retweeting. May God bless you and everything you put your hand to,\" Kevin Otieno tweeted.",
             "It is the newest example of people looking out for each other at a time when the country is fighting the Covid-19 pandemic, as more families lose their incomes and others slide into despair.",
             "A similar drive came when Kenyans pulled together to raise money for comedian Peter Kamau (Kaka). That effort was led by fellow performer Wanjiku Mwende on Tuesday, August 25.",
             "The money was to help Kaka pay for his mother's cancer treatment and to cover counselling for the comedian after a long battle with depression.",
             "\"A local company stepped in, together with the support of Kenyans. The company will settle my mum's hospital bill. They told us they would",
         ]),
    _neg("b113-diasporadaily-millbury-transplant-fundraiser-neg",
         "Invented; modelled on Ajabu Africa (diaspora report on a church fundraiser for a relative's transplant)", "en", [
             "By:",
             "Peter Githinji",
             "Posted:",
             "Sep,06-2016 18:42:10",
             "MILLBURY FALLS, Mass.,--In what many called one of the most moving and successful fundraisers held by the Kenyan community in New England, well wishers raised more than $25,000 on Saturday evening toward liver transplant costs for Mary Wairimu, a 29 year old, struggling mother of three living in her home village near Nyahururu, Kenya, whose chances grow slimmer each month as the illness takes hold.",
             "According to the fundraising committee, Wairimu needed around $35,000 (KES3.5 million) to cover flying her, her brother (the matched donor) and a carer to India and to pay for the two operations required. While Saturday's total fell short of the goal, the organisers were grateful and hopeful after an outpouring that will cover more than 70% of the cost and let the transplant go ahead. Relatives and friends were confident that plenty of Kenyans and other well wishers unable to attend the event would send in their contributions and help close the remaining gap of about $10,000. The memorable evening was held at Grace Harvest Fellowship church in Millbury Falls, where many of those present paid tribute to the patient's cousin, Esther Njeri (Wa Kamau), for her remarkable kindness toward her ailing relative. Esther was also praised for her boldness in asking her church family in New England for help in a bid to save Wairimu's life, so that she can keep caring for her three children and her husband--all of whom scrape by as small-scale farmers back home. \"This is wonderful news. What we raised tonight will go a very long way in getting Mary's treatment started. Our heartfelt thanks go to everyone who gave. We pray that others will come forward to cover what is still missing,\" said Lucy Waweru (Mama Wanjiru), speaking for Esther Njeri as she gave the vote of thanks at the close of the evening. \"It is not often that a",
         ]),
    _neg("b113-canadanewswirehub-lakeshoremedia-acquisition-neg",
         "Invented; modelled on Canada News Media republishing Village Media (owner's letter announcing the purchase of another regional publisher)", "en", [
             "Lakeshore Media acquires and Muskoka Business Weekly –",
             "It was a long time ago that a friend we had in common, Carla Benedetti, first introduced me to Gordon Ashby, the head of Pinecrest Publishing. Pinecrest Publishing puts out Bay Weekly,, Muskoka Business Weekly and a whole family of other titles that have served not just the town of Bracebridge but all of cottage country, for decades.",
             "Back then, as an eager young founder (a label I sadly can no longer wear), I was drawn to Gordon right away. He was sharp, self-assured, thoughtful and a relentless builder of businesses. He could sniff out both an opening and a bad idea in the very same breath. He loved Bracebridge and the whole of cottage country, and as the years went on I would discover how much he had given back to the economy, the arts and the general health of our part of the province.",
             "Nearly seven years ago, when I bought LakeToday and we launched Lakeshore Media, Gordon was among the very first people I phoned. Our plan back then was to build a network of local news sites right across cottage country, Bracebridge included. It seemed likely that one day we might end up as rivals, and I wanted him to hear it from me first. Gordon called back straight away, sent his publisher and a few senior managers up to see us, and we soon agreed that working together made far more sense than fighting over the same readers.",
             "Gordon and his company became the very first partner in Lakeshore Media's network, which now counts more than 25 sites across the country. He also became an instant believer in what we were doing, a user of our platform (the software behind the page you are reading right now) and a trusted adviser and mentor throughout our remarkable ride these past seven years.",
             "Today, we open a new chapter of that story as we announce the purchase of and Muskoka Business Weekly",
             "Of course, it didn't begin like this!",
             "We agreed on a purchase deal and were delighted to sign it. That was before borders were closed, the premier",
         ]),
]


BATCH113_DOCUMENTS = PROBE93_APPEALS + PROBE93_NEGATIVES
