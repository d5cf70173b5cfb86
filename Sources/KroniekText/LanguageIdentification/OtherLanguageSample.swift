/// Sentences in languages other than Dutch and English, written for Kroniek, that train
/// the "other" class of the language identifier. A handful per language is enough for a
/// reject class: it only has to look less Dutch and less English than Dutch and English.
public enum OtherLanguageSample {
    public static let texts: [String] = [
        // German
        "Die Regierung hat am Dienstag neue Maßnahmen gegen die steigenden Preise angekündigt.",
        "Der Bürgermeister sagte, dass die Stadt mehr Geld für Schulen und Straßen brauche.",
        "Nach langen Verhandlungen einigten sich die Parteien auf einen gemeinsamen Haushalt.",
        "Im Norden des Landes kam es am Wochenende zu schweren Überschwemmungen.",
        "Die Opposition kritisiert, dass die Polizei zu spät eingegriffen habe.",
        "Wir werden morgen früh mit dem Zug nach München fahren und dort übernachten.",
        "Es ist noch nicht klar, wann die Wahlen stattfinden sollen.",
        "Die Soldaten wurden aus dem Grenzgebiet abgezogen, teilte das Ministerium mit.",
        "Gestern Abend haben wir lange über die Zukunft der Firma gesprochen.",
        "Ich habe keine Ahnung, warum der Bus heute schon wieder Verspätung hat.",
        "Die Schüler müssen ihre Hausaufgaben bis Freitag abgeben, sonst gibt es Ärger.",
        "Auf dem Marktplatz stehen jeden Samstag viele Stände mit frischem Gemüse.",
        "Das Krankenhaus sucht dringend neue Pflegekräfte für die Nachtschicht.",
        "Nach dem Spiel feierten die Fans bis tief in die Nacht auf den Straßen.",
        "Meine Schwester wohnt seit zwei Jahren in einer kleinen Wohnung in Berlin.",
        "Der Zug hielt plötzlich mitten auf der Strecke, und niemand wusste warum.",
        "Es wird erwartet, dass die Gewerkschaft nächste Woche zu einem Streik aufruft.",
        "Wir sollten uns vor dem Abendessen noch ein wenig ausruhen.",
        "Können Sie mir bitte sagen, wie ich zum Bahnhof komme?",
        "Die Außenministerin reist morgen zu Gesprächen in die Hauptstadt des Nachbarlandes.",
        // French
        "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs.",
        "Selon le ministre, les négociations avec les syndicats reprendront la semaine prochaine.",
        "Des milliers de personnes ont manifesté samedi dans les rues de la capitale.",
        "Le président s'est rendu à Bruxelles pour rencontrer ses homologues européens.",
        "Il n'est pas encore certain que l'accord sera signé avant la fin de l'année.",
        "Nous avons passé une belle journée au bord de la mer avec toute la famille.",
        "Les deux pays ont décidé de rétablir leurs relations diplomatiques.",
        "Je ne sais pas pourquoi le train est encore en retard ce matin.",
        "Les élèves doivent rendre leurs devoirs avant vendredi.",
        "Chaque samedi, il y a beaucoup de monde au marché de la place centrale.",
        // Spanish
        "El gobierno anunció el martes un nuevo plan para reducir el desempleo juvenil.",
        "Según fuentes oficiales, las conversaciones de paz se reanudarán en enero.",
        "Miles de personas salieron a las calles para protestar contra la reforma.",
        "El presidente dijo que no aceptará ninguna condición impuesta desde fuera.",
        "Mañana por la tarde vamos a visitar a mis abuelos en el pueblo.",
        "La policía detuvo a tres sospechosos después del ataque en el mercado.",
        "No sé por qué el autobús llega tarde otra vez esta mañana.",
        "Los estudiantes tienen que entregar sus trabajos antes del viernes.",
        // Italian
        "Il governo ha approvato ieri una legge sulla riforma delle pensioni.",
        "Secondo il ministro, la situazione economica migliorerà entro la fine dell'anno.",
        "Migliaia di persone hanno partecipato alla manifestazione nel centro della città.",
        "Il presidente ha incontrato i leader dei partiti per discutere della crisi.",
        "Domani andiamo al mare con gli amici, se il tempo lo permette.",
        // Portuguese
        "O governo anunciou ontem novas medidas para combater a inflação no país.",
        "Segundo o ministro, as negociações com os sindicatos vão continuar na próxima semana.",
        "Milhares de pessoas protestaram no domingo contra a nova lei eleitoral.",
        "O presidente afirmou que não vai renunciar ao cargo antes das eleições.",
        // Swedish
        "Regeringen meddelade på tisdagen att skatten på bensin ska sänkas.",
        "Enligt polisen greps två personer efter bråket i centrala staden.",
        "Vi ska åka till landet i helgen och hälsa på min mormor.",
        // Polish
        "Rząd zapowiedział we wtorek nowe działania przeciwko rosnącym cenom energii.",
        "Według ministra rozmowy z sąsiednimi krajami będą kontynuowane w przyszłym tygodniu.",
        "Tysiące ludzi wyszły na ulice, aby zaprotestować przeciwko reformie sądów.",
        // Turkish
        "Hükümet salı günü enflasyonla mücadele için yeni önlemler açıkladı.",
        "Bakana göre görüşmeler önümüzdeki hafta devam edecek.",
        "Binlerce kişi hafta sonu başkentin sokaklarında gösteri yaptı.",
        // Indonesian
        "Pemerintah mengumumkan kebijakan baru untuk menurunkan harga bahan pokok.",
        "Menurut menteri, perundingan dengan negara tetangga akan dilanjutkan bulan depan.",
        "Ribuan orang berkumpul di depan gedung parlemen untuk menyampaikan protes.",
        // Danish
        "Regeringen har i dag fremlagt et nyt forslag om skattelettelser for familier.",
        "Ifølge politiet blev tre personer anholdt efter uroligheder i byen.",
        // Afrikaans (close to Dutch, so the model must tell them apart)
        "Die regering het vandag aangekondig dat die belasting op brandstof verlaag sal word.",
        "Volgens die polisie is twee mense ná die voorval in hegtenis geneem.",
        "Ons gaan môre saam met die kinders na die strand toe.",
    ]
}
