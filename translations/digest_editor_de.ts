<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Archetype</name>
    <message>
        <source>built-in archetype</source>
        <translation>integrierter Archetyp</translation>
    </message>
</context>
<context>
    <name>ArchetypeTemplate</name>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported</source>
        <translation>&apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the function &apos;%1&apos; is not supported</source>
        <translation>die Funktion &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s)</source>
        <translation>
            <numerusform>%1 erwartet %n Argument</numerusform>
            <numerusform>%1 erwartet %n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>the field %1 is not supported</source>
        <translation>das Feld %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used here</source>
        <translation>&apos;%1&apos; kann hier nicht verwendet werden</translation>
    </message>
    <message>
        <source>a pipe has nothing on one side</source>
        <translation>auf einer Seite einer Pipe steht nichts</translation>
    </message>
    <message>
        <source>only a function can take arguments</source>
        <translation>nur eine Funktion kann Argumente annehmen</translation>
    </message>
    <message>
        <source>the action is empty</source>
        <translation>die Aktion ist leer</translation>
    </message>
    <message>
        <source>%1, line %2: cannot fill {{ %3 }}: %4.</source>
        <translation>%1, Zeile %2: {{ %3 }} kann nicht ausgefüllt werden: %4.</translation>
    </message>
    <message>
        <source>the action is not closed with }}</source>
        <translation>die Aktion ist nicht mit }} abgeschlossen</translation>
    </message>
    <message>
        <source>the value would be longer than %1 characters (the limit)</source>
        <translation>der Wert wäre länger als %1 Zeichen (die Grenze)</translation>
    </message>
    <message>
        <source>the post would be longer than %1 characters (the limit)</source>
        <translation>der Beitrag wäre länger als %1 Zeichen (die Grenze)</translation>
    </message>
</context>
<context>
    <name>CmarkDocument</name>
    <message>
        <source>The tables have more than %1 cells together (the limit); they are shown as text.</source>
        <translation>Die Tabellen haben zusammen mehr als %1 Zellen (die Grenze); sie werden als Text angezeigt.</translation>
    </message>
</context>
<context>
    <name>DefaultSite</name>
    <message>
        <source>Could not make the default site: “%1” failed: %2</source>
        <translation>Die Standard-Website konnte nicht angelegt werden: „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not make the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>DialogQuestions</name>
    <message>
        <source>Markdown posts (*.md *.markdown);;All files (*)</source>
        <translation>Markdown-Beiträge (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vorher speichern?</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since it was opened here.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, seit die Datei hier geöffnet wurde.</translation>
    </message>
    <message>
        <source>Saving replaces those changes with the text in the editor.</source>
        <translation>Beim Speichern werden diese Änderungen durch den Text im Editor ersetzt.</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>Saving replaces it with this post.</source>
        <translation>Beim Speichern wird sie durch diesen Beitrag ersetzt.</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Beitrag speichern unter</translation>
    </message>
    <message>
        <source>Another program changed “%1”, and the editor has changes that are not saved.</source>
        <translation>Ein anderes Programm hat „%1“ geändert, und der Editor enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Reload drops your changes for the text on disk (Undo brings them back); Keep goes on with your version, and saving it replaces the other program&apos;s changes.</source>
        <translation>Neu laden verwirft Ihre Änderungen zugunsten des Textes auf dem Datenträger (Rückgängig holt sie zurück); Behalten arbeitet mit Ihrer Version weiter, und beim Speichern werden die Änderungen des anderen Programms ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>Vom Datenträger &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <source>File Deleted on Disk</source>
        <translation>Datei auf dem Datenträger gelöscht</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program.</source>
        <translation>„%1“ wurde von einem anderen Programm gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>The text stays in the editor; save it to keep it.</source>
        <translation>Der Text bleibt im Editor; speichern Sie ihn, um ihn zu behalten.</translation>
    </message>
</context>
<context>
    <name>FileNode</name>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>etwas anderes als eine Datei</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: too many levels of symbolic links (a link that leads back to itself?).</source>
        <translation>%1 kann nicht geöffnet werden: zu viele Ebenen symbolischer Links (ein Link, der auf sich selbst zurückführt?).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a post file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist ein Ordner, keine Beitragsdatei.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2, not a regular file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist %2, keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 MB, over the %3 MB limit for a file.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist %2 MB groß und überschreitet die Grenze von %3 MB pro Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>FrontMatterAssignment</name>
    <message>
        <source>“%1” is not KEY=VALUE.</source>
        <translation>„%1“ hat nicht die Form KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” is not a key: keys are letters, digits, - and _, with dots between nested keys (cover.alt).</source>
        <translation>„%1“ ist kein Schlüssel: Schlüssel bestehen aus Buchstaben, Ziffern, - und _, mit Punkten zwischen verschachtelten Schlüsseln (cover.alt).</translation>
    </message>
    <message>
        <source>“%1” holds a value, not keys, so “%2” cannot be set.</source>
        <translation>„%1“ enthält einen Wert, keine Schlüssel, daher kann „%2“ nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>“%1” holds keys: set one of them, as in “%1.KEY=VALUE”.</source>
        <translation>„%1“ enthält Schlüssel: Setzen Sie einen davon, etwa „%1.KEY=VALUE“.</translation>
    </message>
    <message>
        <source>The post&apos;s front matter is never closed.</source>
        <translation>Das Front Matter des Beitrags wird nirgends geschlossen.</translation>
    </message>
    <message>
        <source>The post has no front matter to change.</source>
        <translation>Der Beitrag hat kein Front Matter, das geändert werden könnte.</translation>
    </message>
    <message>
        <source>“tags” is not a list here, so tags cannot be added or removed one by one.</source>
        <translation>„tags“ ist hier keine Liste, daher können Tags nicht einzeln hinzugefügt oder entfernt werden.</translation>
    </message>
    <message>
        <source>“%1” takes one line of text: the value holds a line break or a control character.</source>
        <translation>„%1“ erwartet eine einzelne Textzeile: Der Wert enthält einen Zeilenumbruch oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>“%1” is a date: give it in RFC 3339, such as 2025-06-03T07:00:00+02:00 or 2025-06-03T05:00:00Z (a date-time without a zone is taken in the site&apos;s time zone); “%2” is not one.</source>
        <translation>„%1“ ist ein Datum: Geben Sie es in RFC 3339 an, etwa 2025-06-03T07:00:00+02:00 oder 2025-06-03T05:00:00Z (eine Datums-/Zeitangabe ohne Zone gilt in der Zeitzone der Website); „%2“ ist keins.</translation>
    </message>
    <message>
        <source>“%1” is a list: give it as a JSON array of strings on one line, such as [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>„%1“ ist eine Liste: Geben Sie sie als JSON-Array von Zeichenketten in einer Zeile an, etwa [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>“%1” is a number; “%2” is not one.</source>
        <translation>„%1“ ist eine Zahl; „%2“ ist keine.</translation>
    </message>
    <message>
        <source>“%1” is true or false; “%2” is neither.</source>
        <translation>„%1“ ist true oder false; „%2“ ist keins von beiden.</translation>
    </message>
    <message>
        <source>Cannot add the tag “%1”: %2</source>
        <translation>Das Tag „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the tag “%1”: %2</source>
        <translation>Das Tag „%1“ kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>FrontMatterEditor</name>
    <message>
        <source>The post has no front matter to change.</source>
        <translation>Der Beitrag hat kein Front Matter, das geändert werden könnte.</translation>
    </message>
    <message>
        <source>Cannot change “%1”: the front matter would not read back as the new value, so it was left as it was.</source>
        <translation>„%1“ kann nicht geändert werden: Das Front Matter würde beim erneuten Einlesen nicht den neuen Wert ergeben, daher wurde es unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot change “%1” here: %2; only a hand edit can change it safely.</source>
        <translation>„%1“ kann hier nicht geändert werden: %2; nur eine Bearbeitung von Hand kann den Wert sicher ändern.</translation>
    </message>
    <message>
        <source>a key above it holds a value, not keys</source>
        <translation>ein Schlüssel darüber enthält einen Wert, keine Schlüssel</translation>
    </message>
    <message>
        <source>the JSON around it is written in a form not followed here</source>
        <translation>das umgebende JSON ist in einer Form geschrieben, die hier nicht unterstützt wird</translation>
    </message>
    <message>
        <source>the key is there twice</source>
        <translation>der Schlüssel kommt zweimal vor</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <source>TOML keys are changed at most one table deep</source>
        <translation>TOML-Schlüssel werden höchstens eine Tabelle tief geändert</translation>
    </message>
    <message>
        <source>its table is an array of tables ([[…]])</source>
        <translation>seine Tabelle ist ein Array von Tabellen ([[…]])</translation>
    </message>
    <message>
        <source>its table is written inline ({…}) or with dotted keys</source>
        <translation>seine Tabelle ist inline ({…}) oder mit Punkt-Schlüsseln geschrieben</translation>
    </message>
    <message>
        <source>its value is a multi-line TOML string (&quot;&quot;&quot; or &apos;&apos;&apos;)</source>
        <translation>sein Wert ist ein mehrzeiliger TOML-String (&quot;&quot;&quot; oder &apos;&apos;&apos;)</translation>
    </message>
    <message>
        <source>its bracketed value does not close</source>
        <translation>sein Wert in Klammern wird nicht geschlossen</translation>
    </message>
    <message>
        <source>its value is a YAML block scalar (| or &gt;)</source>
        <translation>sein Wert ist ein YAML-Blockskalar (| oder &gt;)</translation>
    </message>
    <message>
        <source>its value carries a YAML anchor, alias or tag (&amp;, *, !)</source>
        <translation>sein Wert trägt einen YAML-Anker, -Alias oder -Tag (&amp;, *, !)</translation>
    </message>
    <message>
        <source>its value runs over several lines</source>
        <translation>sein Wert erstreckt sich über mehrere Zeilen</translation>
    </message>
    <message>
        <source>a key above it is written inline ({…}) or holds a value, not keys</source>
        <translation>ein Schlüssel darüber ist inline ({…}) geschrieben oder enthält einen Wert, keine Schlüssel</translation>
    </message>
</context>
<context>
    <name>FrontMatterReader</name>
    <message>
        <source>The YAML front matter is not a list of keys.</source>
        <translation>Das YAML-Front-Matter ist keine Liste von Schlüsseln.</translation>
    </message>
    <message>
        <source>The YAML front matter is broken on line %1: %2.</source>
        <translation>Das YAML-Front-Matter ist in Zeile %1 fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>The TOML front matter is broken on line %1: %2.</source>
        <translation>Das TOML-Front-Matter ist in Zeile %1 fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>The JSON front matter is broken at character %1: %2.</source>
        <translation>Das JSON-Front-Matter ist bei Zeichen %1 fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>The front matter is nested more than %1 levels deep (the limit).</source>
        <translation>Das Front Matter ist mehr als %1 Ebenen tief verschachtelt (die Grenze).</translation>
    </message>
    <message>
        <source>The front matter has more than %1 values, aliases expanded (the limit).</source>
        <translation>Das Front Matter enthält mit aufgelösten Aliasen mehr als %1 Werte (die Grenze).</translation>
    </message>
    <message>
        <source>A YAML alias in the front matter refers to the value that contains it.</source>
        <translation>Ein YAML-Alias im Front Matter verweist auf den Wert, der ihn enthält.</translation>
    </message>
    <message>
        <source>The YAML front matter is broken on line %1: %2</source>
        <translation>Das YAML-Front-Matter ist in Zeile %1 fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The JSON front matter is broken at character %1: a control character (U+%2) is there; Hugo cannot read it.</source>
        <translation>Das JSON-Front-Matter ist bei Zeichen %1 fehlerhaft: Dort steht ein Steuerzeichen (U+%2); Hugo kann das Front Matter nicht lesen.</translation>
    </message>
</context>
<context>
    <name>GitMessages</name>
    <message>
        <source>The remote “%1” refused the credentials, or none could be given (git never asks on a terminal here). Set up a credential helper or an SSH key for it.
%2</source>
        <translation>Das Remote „%1“ hat die Zugangsdaten abgelehnt, oder es konnten keine angegeben werden (git fragt hier nie im Terminal nach). Richten Sie dafür einen Credential-Helper oder einen SSH-Schlüssel ein.
%2</translation>
    </message>
    <message>
        <source>The remote “%1” did not answer in time.</source>
        <translation>Das Remote „%1“ hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The remote “%1” could not be reached.
%2</source>
        <translation>Das Remote „%1“ ist nicht erreichbar.
%2</translation>
    </message>
    <message>
        <source>The remote “%1” rejected the push.
%2</source>
        <translation>Das Remote „%1“ hat den Push abgelehnt.
%2</translation>
    </message>
    <message>
        <source>git found a lock file and stopped.
%1</source>
        <translation>git hat eine Sperrdatei gefunden und abgebrochen.
%1</translation>
    </message>
    <message>
        <source>git failed (exit code %1).
%2</source>
        <translation>git ist fehlgeschlagen (Exit-Code %1).
%2</translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>The notice is not the site&apos;s, word for word.</source>
        <translation>Der Hinweis ist nicht Wort für Wort der der Website.</translation>
    </message>
    <message>
        <source>Write the site&apos;s notice</source>
        <translation>Den Hinweis der Website schreiben</translation>
    </message>
    <message>
        <source>The post has no notice that it was generated.</source>
        <translation>Der Beitrag hat keinen Hinweis, dass er generiert wurde.</translation>
    </message>
    <message>
        <source>Add the site&apos;s notice</source>
        <translation>Den Hinweis der Website einfügen</translation>
    </message>
    <message>
        <source>Item %1 has no Benefits yet.</source>
        <translation>Eintrag %1 hat noch keine Benefits.</translation>
    </message>
    <message>
        <source>Item %1 has no Ramifications yet.</source>
        <translation>Eintrag %1 hat noch keine Ramifications.</translation>
    </message>
    <message>
        <source>Trending topic %1 is empty.</source>
        <translation>Trendthema %1 ist leer.</translation>
    </message>
    <message>
        <source>The prediction &quot;%1&quot; has no text yet.</source>
        <translation>Die Vorhersage „%1“ hat noch keinen Text.</translation>
    </message>
    <message>
        <source>Raw HTML (%1); Hugo leaves it out unless the site allows it.</source>
        <translation>Rohes HTML (%1); Hugo lässt es weg, sofern die Website es nicht erlaubt.</translation>
    </message>
    <message>
        <source>The post has no tags.</source>
        <translation>Der Beitrag hat keine Tags.</translation>
    </message>
    <message>
        <source>Tag %1 is empty.</source>
        <translation>Tag %1 ist leer.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is there twice.</source>
        <translation>Das Tag „%1“ steht zweimal da.</translation>
    </message>
    <message>
        <source>Remove the second &quot;%1&quot;</source>
        <translation>Das zweite „%1“ entfernen</translation>
    </message>
    <message>
        <source>No tag names the model %1.</source>
        <translation>Kein Tag nennt das Modell %1.</translation>
    </message>
    <message>
        <source>Tag the post with %1</source>
        <translation>Den Beitrag mit %1 taggen</translation>
    </message>
    <message>
        <source>The date has no time zone (Z or an offset such as +00:00); Hugo reads it in the site&apos;s.</source>
        <translation>Das Datum hat keine Zeitzone (Z oder einen Versatz wie +00:00); Hugo liest es in der Zeitzone der Website.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; Hugo does not publish the post before then.</source>
        <translation>Das Datum %1 liegt in der Zukunft; Hugo veröffentlicht den Beitrag nicht vorher.</translation>
    </message>
    <message>
        <source>The file name says %1 but the date is on %2 in the site&apos;s time zone.</source>
        <translation>Der Dateiname nennt %1, das Datum liegt aber in der Zeitzone der Website auf dem %2.</translation>
    </message>
    <message>
        <source>The post has no front matter.</source>
        <translation>Der Beitrag hat kein Front Matter.</translation>
    </message>
    <message>
        <source>The front matter is never closed.</source>
        <translation>Das Front Matter wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The front matter has no %1.</source>
        <translation>Dem Front Matter fehlt %1.</translation>
    </message>
    <message>
        <source>The post is a draft; Hugo does not publish it.</source>
        <translation>Der Beitrag ist ein Entwurf; Hugo veröffentlicht ihn nicht.</translation>
    </message>
    <message>
        <source>The generation of %1 did not finish (%2): its text may stop short.</source>
        <translation>Die Generierung von %1 wurde nicht abgeschlossen (%2): Der Text bricht möglicherweise vorzeitig ab.</translation>
    </message>
    <message>
        <source>The Benefits of item %1 stop mid-sentence.</source>
        <translation>Der Abschnitt „Benefits“ von Eintrag %1 endet mitten im Satz.</translation>
    </message>
    <message>
        <source>The Ramifications of item %1 stop mid-sentence.</source>
        <translation>Der Abschnitt „Ramifications“ von Eintrag %1 endet mitten im Satz.</translation>
    </message>
    <message>
        <source>The prediction &quot;%1&quot; stops mid-sentence.</source>
        <translation>Die Vorhersage „%1“ endet mitten im Satz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was covered in %2.</source>
        <translation>„%1“ wurde bereits in %2 behandelt.</translation>
    </message>
    <message>
        <source>“%1” may be misspelt</source>
        <translation>„%1“ ist möglicherweise falsch geschrieben</translation>
    </message>
</context>
<context>
    <name>NewPost</name>
    <message>
        <source>The day of the new post is not a valid date.</source>
        <translation>Der Tag des neuen Beitrags ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The file name pattern for new posts is empty.</source>
        <translation>Das Dateinamensmuster für neue Beiträge ist leer.</translation>
    </message>
    <message>
        <source>The file name pattern %1 does not name a file inside the site folder.</source>
        <translation>Das Dateinamensmuster %1 ergibt keine Datei innerhalb des Website-Ordners.</translation>
    </message>
    <message>
        <source>A new post needs a site folder or a file to write.</source>
        <translation>Für einen neuen Beitrag wird ein Website-Ordner oder eine zu schreibende Datei benötigt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a model name.</source>
        <translation>&apos;%1&apos; ist kein Modellname.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder %2 cannot be made.</source>
        <translation>%1 kann nicht gespeichert werden: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is in the future (it is %2 %3 now); Hugo does not publish a post dated in the future.</source>
        <translation>%1 liegt in der Zukunft (jetzt ist es %2 %3); Hugo veröffentlicht keinen Beitrag mit einem Datum in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>PostFile</name>
    <message>
        <source>Cannot open %1: it is not UTF-8 text.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist kein UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>PostTags</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Tag darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A tag cannot hold a line break or a control character.</source>
        <translation>Ein Tag darf keinen Zeilenumbruch und kein Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The post is already tagged “%1”.</source>
        <translation>Der Beitrag hat bereits das Tag „%1“.</translation>
    </message>
    <message>
        <source>The post has no tag “%1”.</source>
        <translation>Der Beitrag hat kein Tag „%1“.</translation>
    </message>
</context>
<context>
    <name>PostVisibility</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed now.</source>
        <translation>Jetzt aufgelistet.</translation>
    </message>
    <message>
        <source>Not listed until %1: the date is in the future.</source>
        <translation>Erst ab %1 aufgelistet: Das Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Not listed until %1: the publishDate is in the future.</source>
        <translation>Erst ab %1 aufgelistet: Das publishDate liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>ein Entwurf</translation>
    </message>
    <message>
        <source>the date is in the future (until %1)</source>
        <translation>das Datum liegt in der Zukunft (bis %1)</translation>
    </message>
    <message>
        <source>the publishDate is in the future (until %1)</source>
        <translation>das publishDate liegt in der Zukunft (bis %1)</translation>
    </message>
    <message>
        <source>expired since %1</source>
        <translation>abgelaufen seit %1</translation>
    </message>
    <message>
        <source>Not listed: %1.</source>
        <translation>Nicht aufgelistet: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>a rebase</source>
        <translation>einem Rebase</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>einem Merge</translation>
    </message>
    <message>
        <source>a cherry-pick</source>
        <translation>einem Cherry-Pick</translation>
    </message>
    <message>
        <source>a revert</source>
        <translation>einem Revert</translation>
    </message>
    <message>
        <source>a bisect</source>
        <translation>einem Bisect</translation>
    </message>
    <message>
        <source>%1 exists, left %2 by a git that did not finish; if no git is running, delete it.</source>
        <translation>%1 existiert; ein nicht beendeter git-Prozess hat die Datei %2 hinterlassen. Wenn kein git läuft, löschen Sie sie.</translation>
    </message>
    <message>
        <source>The site folder “%1” does not exist.</source>
        <translation>Der Website-Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Reading the checkout</source>
        <translation>Arbeitskopie wird gelesen</translation>
    </message>
    <message>
        <source>“%1” is not in a git checkout (%2).</source>
        <translation>„%1“ liegt nicht in einer Git-Arbeitskopie (%2).</translation>
    </message>
    <message>
        <source>The post “%1” is not inside the checkout “%2”.</source>
        <translation>Der Beitrag „%1“ liegt nicht in der Arbeitskopie „%2“.</translation>
    </message>
    <message>
        <source>The checkout is in the middle of %1; finish or abort it first.</source>
        <translation>Die Arbeitskopie befindet sich mitten in %1; schließen Sie diesen Vorgang zuerst ab oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>The checkout is not on a branch (detached HEAD); check out the branch to publish to first.</source>
        <translation>Die Arbeitskopie ist auf keinem Branch (detached HEAD); checken Sie zuerst den Branch aus, auf den veröffentlicht werden soll.</translation>
    </message>
    <message>
        <source>The checkout is on “%1”, not on “%2”; switch to “%2” first.</source>
        <translation>Die Arbeitskopie ist auf „%1“, nicht auf „%2“; wechseln Sie zuerst zu „%2“.</translation>
    </message>
    <message>
        <source>Listing the remotes</source>
        <translation>Remotes werden aufgelistet</translation>
    </message>
    <message>
        <source>The checkout has no remote “%1”; add it (git remote add %1 URL) or choose another remote.</source>
        <translation>Die Arbeitskopie hat kein Remote „%1“; fügen Sie es hinzu (git remote add %1 URL) oder wählen Sie ein anderes Remote.</translation>
    </message>
    <message>
        <source>The branch “%1” follows “%2/%3”, not the remote “%4”.</source>
        <translation>Der Branch „%1“ folgt „%2/%3“, nicht dem Remote „%4“.</translation>
    </message>
    <message>
        <source>The branch “%1” has no upstream; push it once with git push -u %2 %1.</source>
        <translation>Der Branch „%1“ hat keinen Upstream; pushen Sie ihn einmal mit git push -u %2 %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was pushed.</source>
        <translation>Abgebrochen; es wurde nichts gepusht.</translation>
    </message>
    <message>
        <source>Saving the post</source>
        <translation>Beitrag wird gespeichert</translation>
    </message>
    <message>
        <source>Building with Hugo</source>
        <translation>Website wird mit Hugo erstellt</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Commit wird erstellt</translation>
    </message>
    <message>
        <source>Nothing to publish: “%1” and %2 already have this post exactly as it is.</source>
        <translation>Nichts zu veröffentlichen: „%1“ und %2 enthalten diesen Beitrag bereits genau so.</translation>
    </message>
    <message>
        <source>Nothing to commit: “%1” already has this post exactly as it is.</source>
        <translation>Nichts zu committen: „%1“ enthält diesen Beitrag bereits genau so.</translation>
    </message>
    <message>
        <source>Committed %1 on “%2”; not pushed.</source>
        <translation>%1 auf „%2“ committet; nicht gepusht.</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Push wird ausgeführt</translation>
    </message>
    <message>
        <source>The post was already committed; pushed “%1” to %2.</source>
        <translation>Der Beitrag war bereits committet; „%1“ nach %2 gepusht.</translation>
    </message>
    <message>
        <source>Published: %1 pushed to %2.</source>
        <translation>Veröffentlicht: %1 nach %2 gepusht.</translation>
    </message>
    <message>
        <source>%1 has new commits, and “%2” has commits of yours that are not pushed yet; pull, then publish again.</source>
        <translation>%1 hat neue Commits, und „%2“ hat eigene Commits, die noch nicht gepusht sind; führen Sie einen Pull aus und veröffentlichen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Published: %1 moved meanwhile, so the post&apos;s commit was rebased onto it and pushed as %2.</source>
        <translation>Veröffentlicht: %1 hat sich zwischenzeitlich geändert, daher wurde der Commit des Beitrags per Rebase darauf gesetzt und als %2 gepusht.</translation>
    </message>
    <message>
        <source>Checking the checkout</source>
        <translation>Arbeitskopie wird geprüft</translation>
    </message>
    <message>
        <source>Hugo will list this post.</source>
        <translation>Hugo wird diesen Beitrag auflisten.</translation>
    </message>
    <message>
        <source>Hugo may not build this post: its front matter does not parse (%1).</source>
        <translation>Hugo kann diesen Beitrag möglicherweise nicht erstellen: Sein Front Matter lässt sich nicht parsen (%1).</translation>
    </message>
    <message>
        <source>Hugo will not list this post: %1</source>
        <translation>Hugo wird diesen Beitrag nicht auflisten: %1</translation>
    </message>
    <message>
        <source>draft: true.</source>
        <translation>draft: true.</translation>
    </message>
    <message>
        <source>its %1 %2 is in the future.</source>
        <translation>%1 %2 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>its expiryDate %1 has passed.</source>
        <translation>expiryDate %1 ist bereits verstrichen.</translation>
    </message>
    <message>
        <source>%1 on %2 (for review, from %2/%3)</source>
        <translation>%1 auf %2 (zur Prüfung, ausgehend von %2/%3)</translation>
    </message>
    <message>
        <source>no branch (detached HEAD)</source>
        <translation>kein Branch (detached HEAD)</translation>
    </message>
    <message>
        <source>%1 (commit only, not pushed)</source>
        <translation>%1 (nur Commit, kein Push)</translation>
    </message>
    <message>
        <source>%1 → %2/%3</source>
        <translation>%1 → %2/%3</translation>
    </message>
    <message>
        <source>%1: git did not finish in time and was stopped.</source>
        <translation>%1: git wurde nicht rechtzeitig fertig und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>The folder of “%1” could not be made.</source>
        <translation>Der Ordner für „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No temporary folder for Hugo&apos;s output: %1</source>
        <translation>Kein temporärer Ordner für die Ausgabe von Hugo: %1</translation>
    </message>
    <message>
        <source>Hugo (“%1”) could not be started; install it or turn the build off.</source>
        <translation>Hugo („%1“) konnte nicht gestartet werden; installieren Sie es oder schalten Sie den Build aus.</translation>
    </message>
    <message>
        <source>Hugo did not finish in time.</source>
        <translation>Hugo wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>Hugo could not build the site; nothing was committed.
%1</source>
        <translation>Hugo konnte die Website nicht erstellen; es wurde nichts committet.
%1</translation>
    </message>
    <message>
        <source>Reading the post&apos;s state</source>
        <translation>Zustand des Beitrags wird gelesen</translation>
    </message>
    <message>
        <source>Adding the post</source>
        <translation>Beitrag wird hinzugefügt</translation>
    </message>
    <message>
        <source>post: %1</source>
        <translation>post: %1</translation>
    </message>
    <message>
        <source>A hook (%1) refused the commit; nothing was committed.
%2</source>
        <translation>Ein Hook (%1) hat den Commit abgelehnt; es wurde nichts committet.
%2</translation>
    </message>
    <message>
        <source>Committing the post</source>
        <translation>Beitrag wird committet</translation>
    </message>
    <message>
        <source>Reading the new commit</source>
        <translation>Neuer Commit wird gelesen</translation>
    </message>
    <message>
        <source>The pre-push hook refused the push; the commit is made but not pushed.
%1</source>
        <translation>Der pre-push-Hook hat den Push abgelehnt; der Commit ist erstellt, aber nicht gepusht.
%1</translation>
    </message>
    <message>
        <source>Fetching the remote</source>
        <translation>Remote wird abgerufen</translation>
    </message>
    <message>
        <source>Rebasing</source>
        <translation>Rebase wird ausgeführt</translation>
    </message>
    <message>
        <source>Rebasing the commit</source>
        <translation>Rebase des Commits wird ausgeführt</translation>
    </message>
    <message>
        <source>Someone changed “%1” on %2/%3 too, and the two versions conflict. Nothing was pushed and the checkout is as it was, with the post saved but not committed: pull, merge the post by hand and publish again.</source>
        <translation>Jemand hat „%1“ auch auf %2/%3 geändert, und die beiden Fassungen stehen in Konflikt. Es wurde nichts gepusht und die Arbeitskopie ist unverändert; der Beitrag ist gespeichert, aber nicht committet: Führen Sie einen Pull aus, führen Sie den Beitrag von Hand zusammen und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <source>Reading the rebased commit</source>
        <translation>Commit nach dem Rebase wird gelesen</translation>
    </message>
    <message>
        <source>%1/%2 has new commits that change files you have changed too and not committed; nothing was pushed, and the post&apos;s commit stays on “%3”. Commit or stash your changes, pull, and publish again.
%4</source>
        <translation>%1/%2 hat neue Commits, die Dateien ändern, die Sie ebenfalls geändert und nicht committet haben; es wurde nichts gepusht, und der Commit des Beitrags bleibt auf „%3“. Committen oder stashen Sie Ihre Änderungen, führen Sie einen Pull aus und veröffentlichen Sie erneut.
%4</translation>
    </message>
    <message>
        <source>Pushing again</source>
        <translation>Push wird erneut ausgeführt</translation>
    </message>
    <message>
        <source>%1/%2 moved again while the post was being rebased; the commit is on “%3” but not pushed. Publish again to push it.</source>
        <translation>%1/%2 hat sich während des Rebase des Beitrags erneut geändert; der Commit ist auf „%3“, aber nicht gepusht. Veröffentlichen Sie erneut, um ihn zu pushen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was committed.</source>
        <translation>Abgebrochen; es wurde nichts committet.</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch name.</source>
        <translation>„%1“ ist kein gültiger Branch-Name.</translation>
    </message>
    <message>
        <source>The branch “%1” already exists on %2; choose another name for the review branch.</source>
        <translation>Der Branch „%1“ existiert bereits auf %2; wählen Sie einen anderen Namen für den Branch zur Prüfung.</translation>
    </message>
    <message>
        <source>%1/%2 already has this post exactly as it is; there is nothing to review.</source>
        <translation>%1/%2 enthält diesen Beitrag bereits genau so; es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Making the branch “%1”</source>
        <translation>Branch „%1“ wird angelegt</translation>
    </message>
    <message>
        <source>Committed %1 on the new local branch “%2”; not pushed.</source>
        <translation>%1 auf dem neuen lokalen Branch „%2“ committet; nicht gepusht.</translation>
    </message>
    <message>
        <source>Pushed %1 to the new branch “%2” on %3 for review.</source>
        <translation>%1 zur Prüfung auf den neuen Branch „%2“ auf %3 gepusht.</translation>
    </message>
    <message>
        <source>Pushed %1 to the new branch “%2” on %3 for review: %4</source>
        <translation>%1 zur Prüfung auf den neuen Branch „%2“ auf %3 gepusht: %4</translation>
    </message>
    <message>
        <source>No temporary folder for a work tree: %1</source>
        <translation>Kein temporärer Ordner für einen Arbeitsbaum: %1</translation>
    </message>
    <message>
        <source>Making a temporary work tree</source>
        <translation>Temporärer Arbeitsbaum wird angelegt</translation>
    </message>
    <message>
        <source>The remote “%1” has no branch “%2”.</source>
        <translation>Das Remote „%1“ hat keinen Branch „%2“.</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>Cannot keep a recovery copy in %1: the folder cannot be written.</source>
        <translation>In %1 kann keine Wiederherstellungskopie abgelegt werden: In den Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Not a recovery file of this editor.</source>
        <translation>Keine Wiederherstellungsdatei dieses Editors.</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation>%1 kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Not saved: %1 is %2, not a regular file; it was left as it is.</source>
        <translation>Nicht gespeichert: %1 ist %2, keine reguläre Datei; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Not saved: %1 already exists.</source>
        <translation>Nicht gespeichert: %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed on disk by another program since it was read; it was left as it is.</source>
        <translation>Nicht gespeichert: %1 wurde seit dem Lesen von einem anderen Programm auf dem Datenträger geändert; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 was saved, but its folder could not be synced to the disk: %2.</source>
        <translation>%1 wurde gespeichert, aber der Ordner konnte nicht mit dem Datenträger synchronisiert werden: %2.</translation>
    </message>
</context>
<context>
    <name>SiteSettingsNotes</name>
    <message>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <source>Not in a git checkout: publishing needs one (git clone the site here).</source>
        <translation>Keine Git-Arbeitskopie: Zum Veröffentlichen wird eine benötigt (klonen Sie die Website mit git clone hierher).</translation>
    </message>
    <message>
        <source>A git checkout, but its HEAD is detached: check out a branch before publishing.</source>
        <translation>Eine Git-Arbeitskopie, aber ihr HEAD ist losgelöst (detached): Checken Sie vor dem Veröffentlichen einen Branch aus.</translation>
    </message>
    <message>
        <source>A git checkout on branch %1.</source>
        <translation>Eine Git-Arbeitskopie auf Branch %1.</translation>
    </message>
    <message>
        <source>A git checkout.</source>
        <translation>Eine Git-Arbeitskopie.</translation>
    </message>
    <message>
        <source>A Hugo site (%1).</source>
        <translation>Eine Hugo-Website (%1).</translation>
    </message>
    <message>
        <source>No Hugo configuration here (hugo.toml, config.toml, …).</source>
        <translation>Hier gibt es keine Hugo-Konfiguration (hugo.toml, config.toml, …).</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>Für %1: %2</translation>
    </message>
    <message>
        <source>Empty: the default, “post: {date} daily AI summary”.</source>
        <translation>Leer: der Standard, „post: {date} daily AI summary“.</translation>
    </message>
    <message>
        <source>The Post’s Title</source>
        <translation>Titel des Beitrags</translation>
    </message>
    <message>
        <source>Empty: the default, digest/YYYY-MM-DD.</source>
        <translation>Leer: der Standard, digest/YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A branch needs a name.</source>
        <translation>Ein Branch braucht einen Namen.</translation>
    </message>
    <message>
        <source>A branch name cannot hold spaces or any of ~ ^ : ? * [ \.</source>
        <translation>Ein Branch-Name darf keine Leerzeichen und keines der Zeichen ~ ^ : ? * [ \ enthalten.</translation>
    </message>
    <message>
        <source>A branch name cannot hold “..”, “@{” or “//”.</source>
        <translation>Ein Branch-Name darf weder „..“ noch „@{“ oder „//“ enthalten.</translation>
    </message>
    <message>
        <source>A branch name cannot start with “/” or “-”, nor end with “/”, “.” or “.lock”.</source>
        <translation>Ein Branch-Name darf weder mit „/“ oder „-“ beginnen noch auf „/“, „.“ oder „.lock“ enden.</translation>
    </message>
    <message>
        <source>No part of a branch name can start with “.”.</source>
        <translation>Kein Teil eines Branch-Namens darf mit „.“ beginnen.</translation>
    </message>
    <message>
        <source>Hugo is not installed (no “hugo” on the PATH), so the site cannot be built before publishing.</source>
        <translation>Hugo ist nicht installiert (kein „hugo“ im PATH), daher kann die Website vor dem Veröffentlichen nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Empty: the default site is in use (%1). Choose the folder of your site&apos;s git checkout (where hugo.toml is).</source>
        <translation>Leer: Die Standard-Website wird verwendet (%1). Wählen Sie den Ordner des Git-Checkouts Ihrer Website (dort, wo hugo.toml liegt).</translation>
    </message>
    <message>
        <source>The pattern needs the day: YYYY, MM and DD (it lacks %1).</source>
        <translation>Das Muster braucht den Tag: YYYY, MM und DD (es fehlt %1).</translation>
    </message>
</context>
<context>
    <name>YamlForHugo</name>
    <message>
        <source>A control character (U+%1) is in the front matter; Hugo cannot read it.</source>
        <translation>Ein Steuerzeichen (U+%1) steht im Front Matter; Hugo kann das Front Matter nicht lesen.</translation>
    </message>
    <message>
        <source>The key %1 is there twice; Hugo cannot read the front matter.</source>
        <translation>Der Schlüssel %1 kommt doppelt vor; Hugo kann das Front Matter nicht lesen.</translation>
    </message>
    <message>
        <source>The quoted value is not closed; Hugo cannot read the front matter.</source>
        <translation>Ein Wert in Anführungszeichen ist nicht abgeschlossen; Hugo kann das Front Matter nicht lesen.</translation>
    </message>
</context>
<context>
    <name>digest::ApiKeyStore</name>
    <message>
        <source>Not read yet from the system&apos;s secret store</source>
        <translation>Noch nicht aus dem Schlüsselbund des Systems gelesen</translation>
    </message>
    <message>
        <source>Reading the key from the system&apos;s secret store…</source>
        <translation>Der Schlüssel wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>Stored in the system&apos;s secret store</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Using OPENAI_API_KEY from the environment</source>
        <translation>OPENAI_API_KEY aus der Umgebung wird verwendet</translation>
    </message>
    <message>
        <source>Using OPENAI_API_KEY from the environment: no key is stored in the system&apos;s secret store for this endpoint</source>
        <translation>OPENAI_API_KEY aus der Umgebung wird verwendet: Im Schlüsselbund des Systems ist für diesen Endpunkt kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>No secret store available: using OPENAI_API_KEY from the environment</source>
        <translation>Kein Schlüsselbund verfügbar: OPENAI_API_KEY aus der Umgebung wird verwendet</translation>
    </message>
    <message>
        <source>No key: set the model&apos;s base URL first</source>
        <translation>Kein Schlüssel: Legen Sie zuerst die Basis-URL des Modells fest</translation>
    </message>
    <message>
        <source>No key stored in the system&apos;s secret store (local servers need none)</source>
        <translation>Kein Schlüssel im Schlüsselbund des Systems gespeichert (lokale Server brauchen keinen)</translation>
    </message>
    <message>
        <source>No secret store available: set OPENAI_API_KEY</source>
        <translation>Kein Schlüsselbund verfügbar: Setzen Sie OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>The key was not saved: set the model&apos;s base URL first, the key is kept for its server.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: Legen Sie zuerst die Basis-URL des Modells fest, denn der Schlüssel wird für dessen Server hinterlegt.</translation>
    </message>
    <message>
        <source>The key was not saved: it is empty (to delete the stored key, remove it).</source>
        <translation>Der Schlüssel wurde nicht gespeichert: Er ist leer (um den gespeicherten Schlüssel zu löschen, entfernen Sie ihn).</translation>
    </message>
    <message>
        <source>The key was not deleted: the secret store refused access%1.</source>
        <translation>Der Schlüssel wurde nicht gelöscht: Der Schlüsselbund hat den Zugriff verweigert%1.</translation>
    </message>
    <message>
        <source>The key was not saved: the secret store refused access%1.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: Der Schlüsselbund hat den Zugriff verweigert%1.</translation>
    </message>
    <message>
        <source>The key was not deleted from the system&apos;s secret store%1.</source>
        <translation>Der Schlüssel wurde nicht aus dem Schlüsselbund des Systems gelöscht%1.</translation>
    </message>
    <message>
        <source>The key was not deleted: no secret store is available%1.</source>
        <translation>Der Schlüssel wurde nicht gelöscht: Es ist kein Schlüsselbund verfügbar%1.</translation>
    </message>
    <message>
        <source>The key was not saved: no secret store is available%1. It is never written to the settings file: set OPENAI_API_KEY in the environment instead.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: Es ist kein Schlüsselbund verfügbar%1. In die Einstellungsdatei wird er nie geschrieben: Setzen Sie stattdessen OPENAI_API_KEY in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>digest::ChatChunk</name>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>Der Server hat einen Fehler ohne Meldung gemeldet.</translation>
    </message>
</context>
<context>
    <name>digest::ChatClient</name>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server sagt: %1</translation>
    </message>
    <message>
        <source>%1 asks for an API key (HTTP %2): set one in the settings or in OPENAI_API_KEY.</source>
        <translation>%1 verlangt einen API-Schlüssel (HTTP %2): Legen Sie einen in den Einstellungen oder in OPENAI_API_KEY fest.</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP %2): check the key in the settings or in OPENAI_API_KEY.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP %2): Prüfen Sie den Schlüssel in den Einstellungen oder in OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>%1 does not know the model “%2”: choose one from its list of models.</source>
        <translation>%1 kennt das Modell „%2“ nicht: Wählen Sie eines aus seiner Liste der Modelle.</translation>
    </message>
    <message>
        <source>%1 has no chat-completions API at %2 (HTTP 404): check the base URL.</source>
        <translation>%1 hat unter %2 keine Chat-Completions-API (HTTP 404): Prüfen Sie die Basis-URL.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests (HTTP 429) and asks to wait %n second(s).</source>
        <translation>
            <numerusform>%1 begrenzt die Anfragen (HTTP 429) und bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>%1 begrenzt die Anfragen (HTTP 429) und bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429).</source>
        <translation>%1 begrenzt die Anfragen (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2).</source>
        <translation>%1 ist gescheitert (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>No model endpoint is configured: set its base URL (http or https) in the settings, or OPENAI_BASE_URL.</source>
        <translation>Kein Modell-Endpunkt ist eingerichtet: Legen Sie seine Basis-URL (http oder https) in den Einstellungen oder in OPENAI_BASE_URL fest.</translation>
    </message>
    <message>
        <source>No model is chosen for %1: choose one in the settings, or set OPENAI_MODEL.</source>
        <translation>Für %1 ist kein Modell gewählt: Wählen Sie eines in den Einstellungen, oder setzen Sie OPENAI_MODEL.</translation>
    </message>
    <message>
        <source>It is not the certificate you chose to trust: if the server&apos;s certificate was renewed, look at the new one with “Trust this certificate” in the model settings.</source>
        <translation>Das ist nicht das Zertifikat, dem Sie vertrauen wollten: Falls das Zertifikat des Servers erneuert wurde, sehen Sie sich das neue mit „Diesem Zertifikat vertrauen“ in den Modelleinstellungen an.</translation>
    </message>
    <message>
        <source>To use this server, name its certificate authority (a CA file) in the model settings, or look at its certificate with “Trust this certificate”.</source>
        <translation>Um diesen Server zu verwenden, geben Sie in den Modelleinstellungen seine Zertifizierungsstelle (eine CA-Datei) an, oder sehen Sie sich sein Zertifikat mit „Diesem Zertifikat vertrauen“ an.</translation>
    </message>
</context>
<context>
    <name>digest::ChatCompletion</name>
    <message>
        <source>Stopped; the text that arrived is kept.</source>
        <translation>Angehalten; der angekommene Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>an unnamed error</source>
        <translation>ein unbenannter Fehler</translation>
    </message>
    <message>
        <source>%1 reported an error in the middle of the answer: %2</source>
        <translation>%1 hat mitten in der Antwort einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>%1 sent a piece of the answer that is not a chat completion.</source>
        <translation>%1 hat einen Teil der Antwort geschickt, der keine Chat-Completion ist.</translation>
    </message>
    <message>
        <source>The answer from %1 stopped before the model finished; the text that arrived is kept.</source>
        <translation>Die Antwort von %1 brach ab, bevor das Modell fertig war; der angekommene Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The answer from %1 is not a chat completion.</source>
        <translation>Die Antwort von %1 ist keine Chat-Completion.</translation>
    </message>
    <message>
        <source>The answer from %1 ended before the model finished; the text that arrived is kept.</source>
        <translation>Die Antwort von %1 endete, bevor das Modell fertig war; der angekommene Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: %2.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten: %2.</translation>
    </message>
</context>
<context>
    <name>digest::Desk</name>
    <message>
        <source>New post from %1</source>
        <translation>Neuer Beitrag erstellt (Vorlage: %1)</translation>
    </message>
    <message>
        <source>No model is set up: enter a base URL and a model in Edit › Model Settings… (or set OPENAI_BASE_URL and OPENAI_MODEL before starting).</source>
        <translation>Es ist kein Modell eingerichtet: Geben Sie unter Bearbeiten › Modelleinstellungen… eine Basis-URL und ein Modell ein (oder setzen Sie OPENAI_BASE_URL und OPENAI_MODEL vor dem Start).</translation>
    </message>
    <message>
        <source>No site is set: choose the site&apos;s git checkout in File › Site Settings… before publishing.</source>
        <translation>Keine Website festgelegt: Wählen Sie unter Datei › Website-Einstellungen… die Git-Arbeitskopie der Website, bevor Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>The site folder %1 does not exist; choose it again in File › Site Settings….</source>
        <translation>Der Website-Ordner %1 existiert nicht; wählen Sie ihn unter Datei › Website-Einstellungen… erneut.</translation>
    </message>
    <message>
        <source>New post from %1 (%2)</source>
        <translation>Neuer Beitrag aus %1 (%2)</translation>
    </message>
    <message>
        <source>%1 Choose the site&apos;s git checkout in File › Site Settings… to publish.</source>
        <translation>%1 Wählen Sie zum Veröffentlichen den Git-Checkout der Website unter Datei › Website-Einstellungen….</translation>
    </message>
</context>
<context>
    <name>digest::DocumentSession</name>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Restore Recovered Text</source>
        <translation>Wiederhergestellten Text übernehmen</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
</context>
<context>
    <name>digest::HttpClient</name>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 hat mit HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2 (%3).</source>
        <translation>%1 hat mit HTTP-Status %2 (%3) geantwortet.</translation>
    </message>
    <message>
        <source>Could not find the server %1: the computer may be offline, or the address is wrong.</source>
        <translation>Der Server %1 wurde nicht gefunden: Der Computer ist möglicherweise offline, oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>Could not reach %1: the network is down.</source>
        <translation>%1 ist nicht erreichbar: Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the server may be down, or the address or port is wrong.</source>
        <translation>%1 hat die Verbindung abgelehnt: Der Server ist möglicherweise nicht in Betrieb, oder Adresse oder Port sind falsch.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (gave up after %2 s).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (Abbruch nach %2 s).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 hat zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die vollständige Antwort eingetroffen ist.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP: %2</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges HTTP ist: %2</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched (%1).</source>
        <translation>Nur http- und https-Adressen können abgerufen werden (%1).</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The request to %1 could not be prepared.</source>
        <translation>Die Anfrage an %1 konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be read.</source>
        <translation>Das Zertifikat von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only an https address has a certificate to trust (%1).</source>
        <translation>Nur eine https-Adresse hat ein Zertifikat, dem man vertrauen kann (%1).</translation>
    </message>
    <message>
        <source>The response from %1 was larger than %2 MB, the most that is read.</source>
        <translation>Die Antwort von %1 war größer als %2 MB; mehr wird nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>digest::ModelListing</name>
    <message>
        <source>The answer from %1 is not a list of models.</source>
        <translation>Die Antwort von %1 ist keine Liste von Modellen.</translation>
    </message>
</context>
<context>
    <name>digest::PagePreview</name>
    <message>
        <source>The front matter is never closed: the file starts with a delimiter line but has no closing one.</source>
        <translation>Das Front Matter ist nicht abgeschlossen: Die Datei beginnt mit einer Trennzeile, hat aber keine schließende.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Table of Contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>digest::PostDocument</name>
    <message>
        <source>Typing</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>Cannot set %1: the post has no complete front matter.</source>
        <translation>%1 kann nicht gesetzt werden: Der Beitrag hat keinen vollständigen Front Matter.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Cannot change the text at %1: it is outside the post.</source>
        <translation>Der Text bei %1 kann nicht geändert werden: Die Stelle liegt außerhalb des Beitrags.</translation>
    </message>
</context>
<context>
    <name>digest::SlotDrafter</name>
    <message>
        <source>Stop the generation before laying out new topics.</source>
        <translation>Halten Sie die Generierung an, bevor Sie neue Themen anlegen.</translation>
    </message>
    <message>
        <source>Lay out topics</source>
        <translation>Themen anlegen</translation>
    </message>
    <message>
        <source>The slot &quot;%1&quot; has no version %2.</source>
        <translation>Das Feld „%1“ hat keine Version %2.</translation>
    </message>
    <message>
        <source>The slot &quot;%1&quot; is being generated: stop it to choose a version.</source>
        <translation>Das Feld „%1“ wird gerade generiert: Halten Sie es an, um eine Version zu wählen.</translation>
    </message>
    <message>
        <source>Choose a version</source>
        <translation>Version wählen</translation>
    </message>
    <message>
        <source>Prediction %1 names no event: write one after its &quot;- &quot; in bold.</source>
        <translation>Vorhersage %1 nennt kein Ereignis: Schreiben Sie eines in Fettschrift hinter ihr „- “.</translation>
    </message>
    <message>
        <source>Topic %1 has no title yet: write it, or check topics in the list and use Generate › Generate Post from Checked Topics.</source>
        <translation>Thema %1 hat noch keinen Titel: Schreiben Sie ihn, oder haken Sie Themen in der Liste an und verwenden Sie Generieren › Beitrag aus angehakten Themen generieren.</translation>
    </message>
    <message>
        <source>There is no slot to generate.</source>
        <translation>Es gibt kein Feld zu generieren.</translation>
    </message>
    <message>
        <source>The post has no slot &quot;%1&quot;.</source>
        <translation>Der Beitrag hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>Generate text</source>
        <translation>Text generieren</translation>
    </message>
    <message>
        <source>The model&apos;s answer held no text for this slot.</source>
        <translation>Die Antwort des Modells enthielt keinen Text für dieses Feld.</translation>
    </message>
    <message>
        <source>cut off at the token limit</source>
        <translation>beim Token-Limit abgeschnitten</translation>
    </message>
    <message>
        <source>the stream dropped</source>
        <translation>der Stream ist abgebrochen</translation>
    </message>
</context>
<context>
    <name>digest::SlotJob</name>
    <message>
        <source>Stopped before it was sent.</source>
        <translation>Angehalten, bevor die Anfrage gesendet wurde.</translation>
    </message>
    <message>
        <source>The model stopped at its token limit: the text may end mid-sentence. Raise the maximum number of tokens, or regenerate.</source>
        <translation>Das Modell hat an seinem Token-Limit aufgehört: Der Text endet möglicherweise mitten im Satz. Erhöhen Sie die maximale Anzahl Tokens, oder generieren Sie neu.</translation>
    </message>
    <message>
        <source>The model wrote nothing usable for this slot.</source>
        <translation>Das Modell hat nichts Brauchbares für dieses Feld geschrieben.</translation>
    </message>
</context>
<context>
    <name>digest::SourceFetch</name>
    <message>
        <source>Showing the topics fetched %1.</source>
        <translation>Es werden die am %1 abgerufenen Themen angezeigt.</translation>
    </message>
    <message>
        <source>%1: nothing to show today; the listing is empty (or holds only pinned or NSFW posts).</source>
        <translation>%1: heute nichts anzuzeigen; die Liste ist leer (oder enthält nur angeheftete oder NSFW-Beiträge).</translation>
    </message>
    <message>
        <source>%1: access denied (HTTP %2). The source may be private, or the site refuses this network or client.</source>
        <translation>%1: Zugriff verweigert (HTTP %2). Die Quelle ist möglicherweise privat, oder die Website lehnt dieses Netzwerk oder diesen Client ab.</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404). Check the address: the subreddit or feed may not exist.</source>
        <translation>%1: nicht gefunden (HTTP 404). Bitte prüfen Sie die Adresse: Der Subreddit oder Feed existiert möglicherweise nicht.</translation>
    </message>
    <message>
        <source>%1: too many requests (HTTP 429); the site asks to wait %2 s before trying again.</source>
        <translation>%1: zu viele Anfragen (HTTP 429); die Website bittet, vor einem erneuten Versuch %2 s zu warten.</translation>
    </message>
    <message numerus="yes">
        <source>%1: too many requests (HTTP 429), still after %n attempts. Try again later.</source>
        <translation>
            <numerusform>%1: zu viele Anfragen (HTTP 429), auch nach %n Versuch. Bitte versuchen Sie es später erneut.</numerusform>
            <numerusform>%1: zu viele Anfragen (HTTP 429), auch nach %n Versuchen. Bitte versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the site has a problem (HTTP %2), still after %n attempts. Try again later.</source>
        <translation>
            <numerusform>%1: Die Website hat ein Problem (HTTP %2), auch nach %n Versuch. Bitte versuchen Sie es später erneut.</numerusform>
            <numerusform>%1: Die Website hat ein Problem (HTTP %2), auch nach %n Versuchen. Bitte versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: only the first %2 entries are used; %n more were left out.</source>
        <translation>
            <numerusform>%1: Nur die ersten %2 Einträge werden verwendet; %n weiterer Eintrag wurde ausgelassen.</numerusform>
            <numerusform>%1: Nur die ersten %2 Einträge werden verwendet; %n weitere wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digest::SpellChecker</name>
    <message>
        <source>Cannot read the dictionary file %1: %2</source>
        <translation>Die Wörterbuchdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The dictionary %1 is written in %2, which this program cannot read.</source>
        <translation>Das Wörterbuch %1 ist in der Kodierung %2 geschrieben, die dieses Programm nicht lesen kann.</translation>
    </message>
    <message>
        <source>No spelling dictionary for &quot;%1&quot; in %2; install %3 or choose another language.</source>
        <translation>Kein Rechtschreibwörterbuch für „%1“ in %2; installieren Sie %3 oder wählen Sie eine andere Sprache.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one word; the dictionary takes single words.</source>
        <translation>„%1“ ist kein einzelnes Wort; das Wörterbuch nimmt nur einzelne Wörter auf.</translation>
    </message>
    <message>
        <source>Cannot write the personal dictionary: %1</source>
        <translation>Das persönliche Wörterbuch kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>digest::SseStream</name>
    <message>
        <source>a line of the event stream is longer than %1 MB</source>
        <translation>eine Zeile des Ereignisstroms ist länger als %1 MB</translation>
    </message>
    <message>
        <source>an event of the stream is larger than %1 MB</source>
        <translation>ein Ereignis des Stroms ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the stream has more than %1 events</source>
        <translation>der Strom enthält mehr als %1 Ereignisse</translation>
    </message>
</context>
<context>
    <name>digest::TodaysDigest</name>
    <message>
        <source>Today&apos;s post is already being started.</source>
        <translation>Der heutige Beitrag wird bereits begonnen.</translation>
    </message>
    <message>
        <source>Fetching today&apos;s topics…</source>
        <translation>Die heutigen Themen werden abgerufen …</translation>
    </message>
    <message>
        <source>Opening today&apos;s post…</source>
        <translation>Der heutige Beitrag wird geöffnet …</translation>
    </message>
    <message>
        <source>Choosing the topics…</source>
        <translation>Die Themen werden ausgewählt …</translation>
    </message>
    <message>
        <source>Writing the slots…</source>
        <translation>Die Abschnitte werden geschrieben …</translation>
    </message>
    <message>
        <source>the sources listed none</source>
        <translation>die Quellen nannten keine</translation>
    </message>
    <message>
        <source>No topics to write about: %1</source>
        <translation>Keine Themen zum Schreiben: %1</translation>
    </message>
    <message>
        <source>The topic sources could not be fetched: using the cached topics of %1.</source>
        <translation>Die Themenquellen konnten nicht abgerufen werden: Die zwischengespeicherten Themen von %1 werden verwendet.</translation>
    </message>
    <message>
        <source>Some topic sources failed; their cached topics are used.</source>
        <translation>Einige Themenquellen sind fehlgeschlagen; ihre zwischengespeicherten Themen werden verwendet.</translation>
    </message>
    <message>
        <source>The post path pattern does not make a file name for today: set it in the site settings.</source>
        <translation>Das Pfadmuster für Beiträge ergibt für heute keinen Dateinamen: Legen Sie es in den Website-Einstellungen fest.</translation>
    </message>
    <message>
        <source>Today&apos;s post was open already.</source>
        <translation>Der heutige Beitrag war bereits geöffnet.</translation>
    </message>
    <message>
        <source>Today&apos;s post was not opened.</source>
        <translation>Der heutige Beitrag wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Opened today&apos;s post %1.</source>
        <translation>Der heutige Beitrag %1 wurde geöffnet.</translation>
    </message>
    <message>
        <source>Every topic of today&apos;s list was covered by an earlier post.</source>
        <translation>Jedes Thema der heutigen Liste wurde bereits in einem früheren Beitrag behandelt.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n uncovered topic(s) today.</source>
        <translation>
            <numerusform>Heute nur %n unbehandeltes Thema.</numerusform>
            <numerusform>Heute nur %n unbehandelte Themen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every slot of today&apos;s post is written.</source>
        <translation>Jeder Abschnitt des heutigen Beitrags ist geschrieben.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n slot(s) were written; what the others wrote so far is kept.</source>
        <translation>
            <numerusform>Angehalten: %1 von %n Abschnitt wurde geschrieben; was die anderen bisher geschrieben haben, bleibt erhalten.</numerusform>
            <numerusform>Angehalten: %1 von %n Abschnitten wurden geschrieben; was die anderen bisher geschrieben haben, bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the slots were written.</source>
        <translation>Angehalten, bevor die Abschnitte geschrieben wurden.</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s post is written; %n slot(s) fell short (see the Generation panel).</source>
        <translation>
            <numerusform>Der heutige Beitrag ist geschrieben; %n Abschnitt blieb unvollständig (siehe Generierungsleiste).</numerusform>
            <numerusform>Der heutige Beitrag ist geschrieben; %n Abschnitte blieben unvollständig (siehe Generierungsleiste).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s post is written: %n slot(s).</source>
        <translation>
            <numerusform>Der heutige Beitrag ist geschrieben: %n Abschnitt.</numerusform>
            <numerusform>Der heutige Beitrag ist geschrieben: %n Abschnitte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digest::TopicBoard</name>
    <message>
        <source>No topic sources are configured.</source>
        <translation>Es sind keine Themenquellen konfiguriert.</translation>
    </message>
</context>
<context>
    <name>digest::TopicCache</name>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>Der Cache-Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the topic cache: %1</source>
        <translation>Der Themen-Cache kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>digest::TopicListModel</name>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>cached just now</source>
        <translation>gerade eben zwischengespeichert</translation>
    </message>
    <message>
        <source>cached a minute ago</source>
        <translation>vor einer Minute zwischengespeichert</translation>
    </message>
    <message>
        <source>cached %1 minutes ago</source>
        <translation>vor %1 Minuten zwischengespeichert</translation>
    </message>
    <message>
        <source>cached an hour ago</source>
        <translation>vor einer Stunde zwischengespeichert</translation>
    </message>
    <message>
        <source>cached %1 hours ago</source>
        <translation>vor %1 Stunden zwischengespeichert</translation>
    </message>
    <message>
        <source>cached %1 days ago</source>
        <translation>vor %1 Tagen zwischengespeichert</translation>
    </message>
</context>
<context>
    <name>digest::TopicParser</name>
    <message>
        <source>The answer is XML but not an RSS or Atom feed (its root element is &lt;%1&gt;).</source>
        <translation>Die Antwort ist XML, aber kein RSS- oder Atom-Feed (ihr Wurzelelement ist &lt;%1&gt;).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n entries of the feed has a title.</source>
        <translation>
            <numerusform>Der Feed enthält %n Eintrag, und dieser hat keinen Titel.</numerusform>
            <numerusform>Keiner der %n Einträge des Feeds hat einen Titel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed ends too early (line %1): the answer is cut off.</source>
        <translation>Der Feed endet zu früh (Zeile %1): Die Antwort ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The answer has no XML element.</source>
        <translation>Die Antwort enthält kein XML-Element.</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML (line %1, column %2: %3).</source>
        <translation>Der Feed ist kein wohlgeformtes XML (Zeile %1, Spalte %2: %3).</translation>
    </message>
    <message>
        <source>The listing is not valid JSON (%1 at byte %2); the answer may be cut off.</source>
        <translation>Die Liste ist kein gültiges JSON (%1 bei Byte %2); die Antwort ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>The answer is JSON but not a Reddit listing (it has no data.children).</source>
        <translation>Die Antwort ist JSON, aber keine Reddit-Liste (sie enthält kein data.children).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n posts of the listing has a title.</source>
        <translation>
            <numerusform>Die Liste enthält %n Beitrag, und dieser hat keinen Titel.</numerusform>
            <numerusform>Keiner der %n Beiträge der Liste hat einen Titel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>The answer is a web page, not a listing or a feed (a login, consent or error page?).</source>
        <translation>Die Antwort ist eine Webseite, keine Liste und kein Feed (eine Anmelde-, Einwilligungs- oder Fehlerseite?).</translation>
    </message>
    <message>
        <source>The answer is neither a Reddit listing (JSON) nor an RSS or Atom feed.</source>
        <translation>Die Antwort ist weder eine Reddit-Liste (JSON) noch ein RSS- oder Atom-Feed.</translation>
    </message>
    <message>
        <source>The feed nests elements more than %1 deep (line %2).</source>
        <translation>Der Feed verschachtelt Elemente mehr als %1 Ebenen tief (Zeile %2).</translation>
    </message>
    <message>
        <source>The listing nests arrays and objects more than %1 deep.</source>
        <translation>Die Auflistung verschachtelt Arrays und Objekte mehr als %1 Ebenen tief.</translation>
    </message>
</context>
<context>
    <name>digest::TopicSource</name>
    <message>
        <source>“%1” is not a topic source: give an http or https address, optionally after “trending=” or “consequences=”.</source>
        <translation>„%1“ ist keine Themenquelle: Bitte geben Sie eine http- oder https-Adresse an, optional nach „trending=“ oder „consequences=“.</translation>
    </message>
</context>
<context>
    <name>digest::TopicText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
</context>
<context>
    <name>digest::ui::ApiKeyField</name>
    <message>
        <source>Type a key to save it in the system&apos;s secret store on OK</source>
        <translation>Geben Sie einen Schlüssel ein, um ihn mit OK im Schlüsselbund des Systems zu speichern</translation>
    </message>
    <message>
        <source>Forg&amp;et Key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>Delete the key stored for this endpoint from the secret store</source>
        <translation>Den für diesen Endpunkt gespeicherten Schlüssel aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>Saving the key in the system&apos;s secret store…</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Type a key to keep it in the system&apos;s secret store</source>
        <translation>Geben Sie einen Schlüssel ein, um ihn im Schlüsselbund des Systems zu hinterlegen</translation>
    </message>
</context>
<context>
    <name>digest::ui::CredentialsDialog</name>
    <message>
        <source>Credentials for Git</source>
        <translation>Zugangsdaten für Git</translation>
    </message>
    <message>
        <source>Git asks, to reach the site&apos;s remote repository:</source>
        <translation>Git fragt, um das Remote-Repository der Website zu erreichen:</translation>
    </message>
    <message>
        <source>Password or access token</source>
        <translation>Passwort oder Zugriffstoken</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Remember for this session</source>
        <translation>Für diese Sitzung &amp;merken</translation>
    </message>
    <message>
        <source>Kept in memory until Digest Editor quits or the remote refuses it; never written to disk</source>
        <translation>Wird im Arbeitsspeicher gehalten, bis Digest Editor beendet wird oder das Remote die Angaben ablehnt; nie auf die Festplatte geschrieben</translation>
    </message>
</context>
<context>
    <name>digest::ui::EditorPage</name>
    <message>
        <source>The system&apos;s &amp;fixed-width font</source>
        <translation>Die &amp;Festbreitenschrift des Systems</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Schrift des Editors</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Schrift:</translation>
    </message>
    <message>
        <source>The system&apos;s size</source>
        <translation>Die Größe des Systems</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1: not installed</source>
        <translation>%1: nicht installiert</translation>
    </message>
    <message>
        <source>S&amp;pelling:</source>
        <translation>Rechtschrei&amp;bung:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Automatisch sichern nach:</translation>
    </message>
    <message>
        <source>A recovery copy of the open post is kept this long after a change; it comes back after a crash.</source>
        <translation>So lange nach einer Änderung wird eine Wiederherstellungskopie des offenen Beitrags angelegt; nach einem Absturz kommt sie zurück.</translation>
    </message>
</context>
<context>
    <name>digest::ui::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digest::ui::FrontMatterForm</name>
    <message>
        <source>Image path or URL</source>
        <translation>Bildpfad oder URL</translation>
    </message>
    <message>
        <source>What the image shows</source>
        <translation>Was das Bild zeigt</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>&amp;Hidden</source>
        <translation>&amp;Verborgen</translation>
    </message>
    <message>
        <source>The cover is not shown on the post&apos;s page</source>
        <translation>Das Titelbild wird auf der Seite des Beitrags nicht angezeigt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&amp;Cover:</source>
        <translation>Titel&amp;bild:</translation>
    </message>
    <message>
        <source>A&amp;lt:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Show all fields</source>
        <translation>Alle Felder anzeigen</translation>
    </message>
    <message>
        <source>Show the title and author only</source>
        <translation>Nur Titel und Autor anzeigen</translation>
    </message>
    <message>
        <source>Fold the front matter panel</source>
        <translation>Front-Matter-Leiste einklappen</translation>
    </message>
</context>
<context>
    <name>digest::ui::FrontMatterPanel</name>
    <message>
        <source>Front Matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <source>&amp;Front Matter Panel</source>
        <translation>&amp;Front-Matter-Leiste</translation>
    </message>
    <message>
        <source>This post has no front matter: the fields are off.</source>
        <translation>Dieser Beitrag hat kein Front Matter: Die Felder sind deaktiviert.</translation>
    </message>
    <message>
        <source>The front matter is not closed (%1): the fields are off until it is.</source>
        <translation>Das Front Matter ist nicht geschlossen (%1): Bis dahin sind die Felder deaktiviert.</translation>
    </message>
    <message>
        <source>The front matter does not read: %1</source>
        <translation>Das Front Matter lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Restore the Site&apos;s Notice</source>
        <translation>Hinweis der Website wiederherstellen</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front Matter</translation>
    </message>
</context>
<context>
    <name>digest::ui::GenerationActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Generate &amp;Post from Checked Topics</source>
        <translation>&amp;Beitrag aus angehakten Themen generieren</translation>
    </message>
    <message>
        <source>Fill &amp;Empty Slots</source>
        <translation>&amp;Leere Felder füllen</translation>
    </message>
    <message>
        <source>Generate &amp;Slot at Cursor</source>
        <translation>&amp;Feld am Cursor generieren</translation>
    </message>
    <message>
        <source>Generate &amp;Item at Cursor</source>
        <translation>&amp;Eintrag am Cursor generieren</translation>
    </message>
    <message>
        <source>P&amp;revious Version of Slot</source>
        <translation>&amp;Vorherige Version des Felds</translation>
    </message>
    <message>
        <source>&amp;Next Version of Slot</source>
        <translation>&amp;Nächste Version des Felds</translation>
    </message>
    <message>
        <source>No topics are checked: writing the empty slots of the post&apos;s items.</source>
        <translation>Keine Themen angehakt: Die leeren Felder der Einträge des Beitrags werden geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n topic(s) and the predictions…</source>
        <translation>
            <numerusform>%n Thema und die Vorhersagen werden geschrieben…</numerusform>
            <numerusform>%n Themen und die Vorhersagen werden geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the empty slots…</source>
        <translation>Die leeren Felder werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The cursor is not in a slot: put it in a topic&apos;s Benefits or Ramifications, or in a prediction.</source>
        <translation>Der Cursor steht in keinem Feld: Setzen Sie ihn in die Benefits oder Ramifications eines Themas oder in eine Vorhersage.</translation>
    </message>
    <message>
        <source>The cursor is not in a topic of &quot;Possible consequences&quot;.</source>
        <translation>Der Cursor steht in keinem Thema von „Possible consequences“.</translation>
    </message>
    <message>
        <source>Writing topic %1…</source>
        <translation>Thema %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The cursor is not in a slot.</source>
        <translation>Der Cursor steht in keinem Feld.</translation>
    </message>
    <message>
        <source>%1 has no other version: generate it again to have one.</source>
        <translation>%1 hat keine andere Version: Generieren Sie das Feld erneut, um eine zu erhalten.</translation>
    </message>
    <message>
        <source>This is the first version.</source>
        <translation>Das ist die erste Version.</translation>
    </message>
    <message>
        <source>This is the last version.</source>
        <translation>Das ist die letzte Version.</translation>
    </message>
    <message>
        <source>%1: version %2 of %3</source>
        <translation>%1: Version %2 von %3</translation>
    </message>
    <message>
        <source>Start &amp;Today&apos;s Post</source>
        <translation>&amp;Heutigen Beitrag beginnen</translation>
    </message>
    <message>
        <source>St&amp;op All</source>
        <translation>&amp;Alle anhalten</translation>
    </message>
    <message>
        <source>Fetch the topics, open or create today&apos;s post and write every slot</source>
        <translation>Die Themen abrufen, den heutigen Beitrag öffnen oder anlegen und jeden Abschnitt schreiben</translation>
    </message>
</context>
<context>
    <name>digest::ui::GenerationDock</name>
    <message>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>Tokens %1</source>
        <translation>Tokens %1</translation>
    </message>
</context>
<context>
    <name>digest::ui::GenerationJobModel</name>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Ramifications</source>
        <translation>Ramifications</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>The endpoint asked for a pause between requests (HTTP 429); this slot goes on when it ends.</source>
        <translation>Der Endpunkt hat um eine Pause zwischen den Anfragen gebeten (HTTP 429); dieses Feld geht weiter, wenn sie vorbei ist.</translation>
    </message>
    <message>
        <source>≈ %1 out</source>
        <translation>≈ %1 Ausgabe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Prediction %1</source>
        <translation>Vorhersage %1</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>Modell wird gefragt…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Waiting for the endpoint</source>
        <translation>Warten auf den Endpunkt</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Abgeschnitten</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>%1 Eingabe · %2 Ausgabe</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
</context>
<context>
    <name>digest::ui::GenerationPanel</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Nothing is being generated.</source>
        <translation>Es wird nichts generiert.</translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation>&amp;Alle anhalten</translation>
    </message>
    <message>
        <source>Stop every slot that is queued or being written; what arrived is kept</source>
        <translation>Alle Felder anhalten, die warten oder gerade geschrieben werden; was angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>Stop %1; what arrived is kept</source>
        <translation>%1 anhalten; was angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 anhalten</translation>
    </message>
    <message>
        <source>Slots to go: %1</source>
        <translation>Verbleibende Felder: %1</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>Tokens: %1</translation>
    </message>
    <message>
        <source>Cost: ≈ %1</source>
        <translation>Kosten: ≈ %1</translation>
    </message>
    <message>
        <source>Generation requests</source>
        <translation>Generierungsanfragen</translation>
    </message>
</context>
<context>
    <name>digest::ui::InterfacePage</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The window is made again in the new language; the open post and its undo history stay.</source>
        <translation>Das Fenster wird in der neuen Sprache neu aufgebaut; der offene Beitrag und sein Rückgängig-Verlauf bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>digest::ui::MainToolBar</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Nächstes Problem</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>digest::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ausschnei&amp;den</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Cannot Open Post</source>
        <translation>Beitrag kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Save Post</source>
        <translation>Beitrag kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1[*] — Digest Editor</source>
        <translation>%1[*] — Digest Editor</translation>
    </message>
    <message>
        <source>&amp;New Post</source>
        <translation>&amp;Neuer Beitrag</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>Suchen und &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Make a New Post</source>
        <translation>Neuer Beitrag kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>“%1” added to the dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Einstellu&amp;ngen …</translation>
    </message>
</context>
<context>
    <name>digest::ui::MarkdownEditor</name>
    <message>
        <source>Open a post with File › Open, or start writing Markdown here.</source>
        <translation>Öffnen Sie einen Beitrag mit Datei › Öffnen, oder schreiben Sie hier Markdown.</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Beitragstext</translation>
    </message>
    <message>
        <source>The open post&apos;s Markdown, front matter included</source>
        <translation>Das Markdown des offenen Beitrags, samt Front Matter</translation>
    </message>
</context>
<context>
    <name>digest::ui::ModelPicker</name>
    <message>
        <source>OPENAI_MODEL when empty</source>
        <translation>OPENAI_MODEL, wenn leer</translation>
    </message>
    <message>
        <source>Ask the endpoint which models it offers</source>
        <translation>Den Endpunkt fragen, welche Modelle er anbietet</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <source>Asking for the models…</source>
        <translation>Die Modelle werden abgefragt…</translation>
    </message>
    <message>
        <source>The endpoint offers no models.</source>
        <translation>Der Endpunkt bietet keine Modelle an.</translation>
    </message>
    <message>
        <source>Models offered: %1; “%2” is not one of them.</source>
        <translation>Angebotene Modelle: %1; „%2“ ist nicht darunter.</translation>
    </message>
    <message>
        <source>Models offered: %1.</source>
        <translation>Angebotene Modelle: %1.</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
</context>
<context>
    <name>digest::ui::ModelSettingsPage</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source> per million tokens</source>
        <translation> pro Million Tokens</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, OpenAI, OpenRouter). When empty, OPENAI_BASE_URL is used; it is not set.</source>
        <translation>Jeder OpenAI-kompatible Server (Ollama, llama.cpp, vLLM, LM Studio, OpenAI, OpenRouter). Wenn leer, wird OPENAI_BASE_URL verwendet; diese Variable ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server. When empty, OPENAI_BASE_URL is used: %1</source>
        <translation>Jeder OpenAI-kompatible Server. Wenn leer, wird OPENAI_BASE_URL verwendet: %1</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>TLS trust:</source>
        <translation>TLS-Vertrauen:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>Mo&amp;dell:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Vorgabe des Servers</translation>
    </message>
    <message>
        <source>Max &amp;tokens per answer:</source>
        <translation>Ma&amp;x. Tokens pro Antwort:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>&amp;Leerlauf-Zeitlimit:</translation>
    </message>
    <message>
        <source>How long the model may stay silent mid-answer; slow local models need long.</source>
        <translation>Wie lange das Modell mitten in der Antwort schweigen darf; langsame lokale Modelle brauchen lange.</translation>
    </message>
    <message>
        <source>Parallel &amp;requests:</source>
        <translation>Parallele An&amp;fragen:</translation>
    </message>
    <message>
        <source>At most this many requests go to one endpoint at a time; the others wait in line.</source>
        <translation>Höchstens so viele Anfragen gehen gleichzeitig an einen Endpunkt; die übrigen warten in einer Warteschlange.</translation>
    </message>
    <message>
        <source>I&amp;nput price:</source>
        <translation>&amp;Eingabepreis:</translation>
    </message>
    <message>
        <source>O&amp;utput price:</source>
        <translation>A&amp;usgabepreis:</translation>
    </message>
    <message>
        <source>For the estimated cost of a post, in any currency; unknown prices show no cost.</source>
        <translation>Für die geschätzten Kosten eines Beitrags, in beliebiger Währung; bei unbekannten Preisen werden keine Kosten angezeigt.</translation>
    </message>
    <message>
        <source>The post&apos;s model tag names the model that wrote it</source>
        <translation>Das Modell-Tag des Beitrags nennt das Modell, das ihn geschrieben hat</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>The base URL is not an http:// or https:// address: “%1”.</source>
        <translation>Die Basis-URL ist keine http://- oder https://-Adresse: „%1“.</translation>
    </message>
</context>
<context>
    <name>digest::ui::NavigationActions</name>
    <message>
        <source>&amp;Topic List</source>
        <translation>&amp;Themenliste</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>&amp;Problembereich</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>P&amp;revious Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <source>The post has no problems</source>
        <translation>Der Beitrag hat keine Probleme</translation>
    </message>
</context>
<context>
    <name>digest::ui::NoticeRow</name>
    <message>
        <source>Restore the Site&apos;s Notice</source>
        <translation>Hinweis der Website wiederherstellen</translation>
    </message>
    <message>
        <source>(no notice in the body)</source>
        <translation>(kein Hinweis im Text)</translation>
    </message>
    <message>
        <source>The site&apos;s notice:
%1</source>
        <translation>Der Hinweis der Website:
%1</translation>
    </message>
    <message>
        <source>matches the site&apos;s notice</source>
        <translation>stimmt mit dem Hinweis der Website überein</translation>
    </message>
    <message>
        <source>differs from the site&apos;s notice</source>
        <translation>weicht vom Hinweis der Website ab</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>digest::ui::OutlineView</name>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: leer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Ramifications</source>
        <translation>Ramifications</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>The post has no sections yet.</source>
        <translation>Der Beitrag hat noch keine Abschnitte.</translation>
    </message>
</context>
<context>
    <name>digest::ui::PostDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>digest::ui::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>digest::ui::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The post as the site will show it</source>
        <translation>Der Beitrag, wie die Website ihn zeigen wird</translation>
    </message>
</context>
<context>
    <name>digest::ui::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Fixed every %1 problem.</source>
        <translation>Alle Probleme vom Typ %1 behoben.</translation>
    </message>
    <message>
        <source>&amp;Go to Problem</source>
        <translation>&amp;Zum Problem springen</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>Fix &amp;All of This Kind</source>
        <translation>&amp;Alle dieser Art beheben</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>digest::ui::ProblemsModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnungen</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>digest::ui::ProblemsSummary</name>
    <message>
        <source>Show the Problems panel</source>
        <translation>Problembereich anzeigen</translation>
    </message>
</context>
<context>
    <name>digest::ui::PromptTemplatesEditor</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Ramifications</source>
        <translation>Ramifications</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>The system prompt goes with every request. In the others, {title} stands for the topic&apos;s title, {link} for its link, {text} for the thread&apos;s text (shortened when long) and {event} for a prediction&apos;s event.</source>
        <translation>Der System-Prompt wird mit jeder Anfrage gesendet. In den anderen steht {title} für den Titel des Themas, {link} für seinen Link, {text} für den Text des Threads (gekürzt, wenn er lang ist) und {event} für das Ereignis einer Vorhersage.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Put back the default wording of all four prompts</source>
        <translation>Den Standardwortlaut aller vier Prompts wiederherstellen</translation>
    </message>
    <message>
        <source>%1 prompt</source>
        <translation>%1-Prompt</translation>
    </message>
</context>
<context>
    <name>digest::ui::PublishActions</name>
    <message>
        <source>Site Se&amp;ttings…</source>
        <translation>Website-Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>The site&apos;s git checkout, where posts go, and how they are published</source>
        <translation>Die Git-Arbeitskopie der Website, wohin Beiträge kommen und wie sie veröffentlicht werden</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish for Re&amp;view…</source>
        <translation>Zur &amp;Prüfung veröffentlichen…</translation>
    </message>
    <message>
        <source>Set the site&apos;s git checkout in File › Site Settings… to publish</source>
        <translation>Legen Sie unter Datei › Website-Einstellungen… die Git-Arbeitskopie der Website fest, um zu veröffentlichen</translation>
    </message>
    <message>
        <source>Open or write a post to publish it</source>
        <translation>Öffnen oder schreiben Sie einen Beitrag, um ihn zu veröffentlichen</translation>
    </message>
    <message>
        <source>Commit the post to the site&apos;s checkout and push it, after a confirmation</source>
        <translation>Den Beitrag nach einer Bestätigung in die Arbeitskopie der Website committen und pushen</translation>
    </message>
    <message>
        <source>Push the post to a new branch of the site&apos;s remote for review; the checkout&apos;s branch is left as it is</source>
        <translation>Den Beitrag zur Prüfung auf einen neuen Branch des Remotes der Website pushen; der Branch der Arbeitskopie bleibt unverändert</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>digest::ui::PublishConfirmPage</name>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>On the site:</source>
        <translation>Auf der Website:</translation>
    </message>
    <message>
        <source>Commit &amp;message:</source>
        <translation>Commit-&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Fix these proofreading errors before publishing</source>
        <translation>Beheben Sie diese Prüffehler vor dem Veröffentlichen</translation>
    </message>
    <message>
        <source>Double-click an error to go to its line.</source>
        <translation>Doppelklicken Sie auf einen Fehler, um zu seiner Zeile zu springen.</translation>
    </message>
    <message>
        <source>What will be committed:</source>
        <translation>Was committet wird:</translation>
    </message>
    <message>
        <source>Reading the checkout…</source>
        <translation>Arbeitskopie wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing to publish to</source>
        <translation>Kein Ziel zum Veröffentlichen</translation>
    </message>
    <message>
        <source>A new file in the checkout.</source>
        <translation>Eine neue Datei in der Arbeitskopie.</translation>
    </message>
    <message>
        <source>Changes a file the checkout already has.</source>
        <translation>Ändert eine Datei, die in der Arbeitskopie bereits vorhanden ist.</translation>
    </message>
    <message>
        <source>(No changes: the branch has this post already.)</source>
        <translation>(Keine Änderungen: Der Branch enthält diesen Beitrag bereits.)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Publishing is not possible: see the problem above.</source>
        <translation>Veröffentlichen nicht möglich: siehe Problem oben.</translation>
    </message>
    <message>
        <source>Fix the proofreading errors first.</source>
        <translation>Beheben Sie zuerst die Prüffehler.</translation>
    </message>
    <message>
        <source>The commit needs a message.</source>
        <translation>Der Commit braucht eine Nachricht.</translation>
    </message>
    <message>
        <source>No remote</source>
        <translation>Kein Remote</translation>
    </message>
    <message>
        <source>No remote: the commit stays on this computer.</source>
        <translation>Kein Remote: Der Commit bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>digest::ui::PublishDialog</name>
    <message>
        <source>Publish for Review</source>
        <translation>Zur Prüfung veröffentlichen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish for &amp;Review</source>
        <translation>Zur &amp;Prüfung veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Reading the checkout…</source>
        <translation>Arbeitskopie wird gelesen…</translation>
    </message>
    <message>
        <source>Publishing for review: %1…</source>
        <translation>Zur Prüfung veröffentlichen: %1…</translation>
    </message>
    <message>
        <source>Publishing: %1…</source>
        <translation>Veröffentlichen: %1…</translation>
    </message>
    <message>
        <source>The post is saved as %1; you are editing that file now.</source>
        <translation>Der Beitrag ist als %1 gespeichert; Sie bearbeiten jetzt diese Datei.</translation>
    </message>
    <message>
        <source>The post’s copy in the checkout is %1; you are still editing %2.</source>
        <translation>Die Kopie des Beitrags in der Arbeitskopie ist %1; Sie bearbeiten weiterhin %2.</translation>
    </message>
</context>
<context>
    <name>digest::ui::PublishRunPage</name>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Commit %1 pushed: %2, in %3 s.</source>
        <translation>Commit %1 gepusht: %2, in %3 s.</translation>
    </message>
    <message>
        <source>Commit %1 made; not pushed.</source>
        <translation>Commit %1 erstellt; nicht gepusht.</translation>
    </message>
    <message>
        <source>The remote had moved on: the commit was put on top of it before pushing.</source>
        <translation>Das Remote hatte sich weiterentwickelt: Der Commit wurde vor dem Push darauf gesetzt.</translation>
    </message>
    <message>
        <source>Open the review page: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Seite zur Prüfung öffnen: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Veröffentlicht.</translation>
    </message>
    <message>
        <source>The post has proofreading errors.</source>
        <translation>Der Beitrag enthält Prüffehler.</translation>
    </message>
    <message>
        <source>The site&apos;s checkout is not ready to publish from.</source>
        <translation>Die Arbeitskopie der Website ist nicht bereit zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>Git&apos;s index is locked: another git command is running, or one crashed.</source>
        <translation>Der Git-Index ist gesperrt: Ein anderer git-Befehl läuft oder einer ist abgestürzt.</translation>
    </message>
    <message>
        <source>The post could not be saved into the checkout.</source>
        <translation>Der Beitrag konnte nicht in der Arbeitskopie gespeichert werden.</translation>
    </message>
    <message>
        <source>Hugo could not build the site with this post.</source>
        <translation>Hugo konnte die Website mit diesem Beitrag nicht erstellen.</translation>
    </message>
    <message>
        <source>A git hook refused the commit or the push.</source>
        <translation>Ein Git-Hook hat den Commit oder den Push abgelehnt.</translation>
    </message>
    <message>
        <source>The remote could not be reached (network).</source>
        <translation>Das Remote war nicht erreichbar (Netzwerk).</translation>
    </message>
    <message>
        <source>The remote did not accept the credentials, or none could be asked for.</source>
        <translation>Das Remote hat die Zugangsdaten nicht akzeptiert, oder es konnten keine abgefragt werden.</translation>
    </message>
    <message>
        <source>The remote rejected the push.</source>
        <translation>Das Remote hat den Push abgelehnt.</translation>
    </message>
    <message>
        <source>The post conflicts with changes on the remote; the checkout is as it was.</source>
        <translation>Der Beitrag steht in Konflikt mit Änderungen auf dem Remote; die Arbeitskopie ist unverändert.</translation>
    </message>
    <message>
        <source>Git took too long and was stopped.</source>
        <translation>Git hat zu lange gebraucht und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing to publish: the branch already has this post as it is.</source>
        <translation>Nichts zu veröffentlichen: Der Branch enthält diesen Beitrag bereits genau so.</translation>
    </message>
    <message>
        <source>Publishing stopped.</source>
        <translation>Veröffentlichen abgebrochen.</translation>
    </message>
</context>
<context>
    <name>digest::ui::RecoveryDialog</name>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Digest Editor did not close properly.&lt;/b&gt; Unsaved changes to “%1” were kept.</source>
        <translation>&lt;b&gt;Digest Editor wurde nicht ordnungsgemäß beendet.&lt;/b&gt; Ungespeicherte Änderungen an „%1“ wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>“%1” is no longer on disk; restoring shows the text, to be saved again.</source>
        <translation>„%1“ ist nicht mehr auf dem Datenträger vorhanden; beim Wiederherstellen wird der Text angezeigt und muss erneut gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk after these changes were made (on %2). Restoring and then saving replaces the file on disk.</source>
        <translation>„%1“ wurde auf dem Datenträger geändert, nachdem diese Änderungen vorgenommen wurden (am %2). Wiederherstellen und anschließendes Speichern ersetzt die Datei auf dem Datenträger.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>Für &amp;später behalten</translation>
    </message>
    <message>
        <source>Recovered: %1 — autosaved %2, %3</source>
        <translation>Wiederhergestellt: %1 — automatisch gesichert %2, %3</translation>
    </message>
    <message>
        <source>On disk: nothing, the post was never saved</source>
        <translation>Auf dem Datenträger: nichts, der Beitrag wurde nie gespeichert</translation>
    </message>
    <message>
        <source>On disk: %1 does not exist</source>
        <translation>Auf dem Datenträger: %1 existiert nicht</translation>
    </message>
    <message>
        <source>On disk: %1 — modified %2, %3</source>
        <translation>Auf dem Datenträger: %1 — geändert %2, %3</translation>
    </message>
</context>
<context>
    <name>digest::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>digest::ui::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Nach Aktion, Taste oder Menü filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>digest::ui::SiteSettingsPage</name>
    <message>
        <source>The folder of the site&apos;s git checkout</source>
        <translation>Der Ordner der Git-Arbeitskopie der Website</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Site &amp;folder:</source>
        <translation>Website-&amp;Ordner:</translation>
    </message>
    <message>
        <source>New &amp;posts go to:</source>
        <translation>&amp;Neue Beiträge nach:</translation>
    </message>
    <message>
        <source>Site &amp;time zone:</source>
        <translation>&amp;Zeitzone der Website:</translation>
    </message>
    <message>
        <source>Empty: the notice line of the site&apos;s archetype</source>
        <translation>Leer: die Hinweiszeile aus dem Archetyp der Website</translation>
    </message>
    <message>
        <source>&amp;Disclaimer:</source>
        <translation>&amp;Hinweis:</translation>
    </message>
    <message>
        <source>The notice every post must carry, as proofreading checks it.</source>
        <translation>Der Hinweis, den jeder Beitrag enthalten muss; die Prüfung kontrolliert ihn.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Remote:</source>
        <translation>&amp;Remote:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>&amp;Commit message:</source>
        <translation>&amp;Commit-Nachricht:</translation>
    </message>
    <message>
        <source>Branch for re&amp;view:</source>
        <translation>Branch zur &amp;Prüfung:</translation>
    </message>
    <message>
        <source>B&amp;uild with Hugo before publishing</source>
        <translation>Vor dem Veröffentlichen mit Hugo &amp;erstellen</translation>
    </message>
    <message>
        <source>A post that breaks the build is not published.</source>
        <translation>Ein Beitrag, der den Build scheitern lässt, wird nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The Site&apos;s Git Checkout</source>
        <translation>Die Git-Arbeitskopie der Website</translation>
    </message>
    <message>
        <source>Today is %1 there: the day a new post is for.</source>
        <translation>Dort ist heute der %1: der Tag, für den ein neuer Beitrag gilt.</translation>
    </message>
    <message>
        <source>No time zone is called “%1”.</source>
        <translation>Es gibt keine Zeitzone namens „%1“.</translation>
    </message>
    <message>
        <source>Empty: the checkout&apos;s current branch</source>
        <translation>Leer: der aktuelle Branch der Arbeitskopie</translation>
    </message>
    <message>
        <source>Empty: the checkout&apos;s current branch (%1)</source>
        <translation>Leer: der aktuelle Branch der Arbeitskopie (%1)</translation>
    </message>
    <message>
        <source>Published posts are pushed to this branch of the remote.</source>
        <translation>Veröffentlichte Beiträge werden auf diesen Branch des Remotes gepusht.</translation>
    </message>
    <message>
        <source>A remote&apos;s name has no spaces: “%1”.</source>
        <translation>Der Name eines Remotes enthält keine Leerzeichen: „%1“.</translation>
    </message>
</context>
<context>
    <name>digest::ui::SourcesPage</name>
    <message>
        <source>Trending</source>
        <translation>Im Trend</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Where the day&apos;s topics come from, in order: Reddit listings or feeds, any RSS or Atom feed.</source>
        <translation>Woher die Themen des Tages kommen, in dieser Reihenfolge: Reddit-Listen oder -Feeds, jeder RSS- oder Atom-Feed.</translation>
    </message>
    <message>
        <source>%1 is set: it replaces these sources while it is.</source>
        <translation>%1 ist gesetzt: Solange es gesetzt ist, ersetzt es diese Quellen.</translation>
    </message>
    <message>
        <source>Topic sources</source>
        <translation>Themenquellen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Feeds:</source>
        <translation>&amp;Feeds:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Fetch the selected source now and count its topics</source>
        <translation>Die gewählte Quelle jetzt abrufen und ihre Themen zählen</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen …</translation>
    </message>
    <message>
        <source>%1: 1 topic.</source>
        <translation>%1: 1 Thema.</translation>
    </message>
    <message>
        <source>%1: %2 topics.</source>
        <translation>%1: %2 Themen.</translation>
    </message>
    <message>
        <source>%1 gave no topics.</source>
        <translation>%1 lieferte keine Themen.</translation>
    </message>
    <message>
        <source> uncovered topics</source>
        <translation> unbehandelte Themen</translation>
    </message>
    <message>
        <source>Topics of today&apos;s post</source>
        <translation>Themen des heutigen Beitrags</translation>
    </message>
    <message>
        <source>Start Today&apos;s Post &amp;writes:</source>
        <translation>Heutiger Beitrag &amp;schreibt über:</translation>
    </message>
</context>
<context>
    <name>digest::ui::SpellingMenu</name>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>%1: not installed</source>
        <translation>%1: nicht installiert</translation>
    </message>
    <message>
        <source>Spelling Lan&amp;guage</source>
        <translation>Rechtschreibs&amp;prache</translation>
    </message>
</context>
<context>
    <name>digest::ui::TagChip</name>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Tag „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Das Tag „%1“ entfernen</translation>
    </message>
    <message>
        <source>No other post of the site uses “%1”. A typo?</source>
        <translation>Kein anderer Beitrag der Website verwendet „%1“. Ein Tippfehler?</translation>
    </message>
    <message>
        <source>Follows the model: generating with another model replaces it.</source>
        <translation>Folgt dem Modell: Beim Generieren mit einem anderen Modell wird es ersetzt.</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Tag „%1“</translation>
    </message>
</context>
<context>
    <name>digest::ui::TagChipsEdit</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Tag</translation>
    </message>
    <message>
        <source>Type a tag and press Enter or a comma to add it; Backspace in the empty field removes the last tag.</source>
        <translation>Geben Sie ein Tag ein und drücken Sie Enter oder ein Komma, um es hinzuzufügen; Backspace im leeren Feld entfernt das letzte Tag.</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Tag hinzufügen …</translation>
    </message>
    <message>
        <source>%1 — 1 post</source>
        <translation>%1 — 1 Beitrag</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n posts</source>
        <translation>
            <numerusform>%1 — %n Beitrag</numerusform>
            <numerusform>%1 — %n Beiträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digest::ui::TlsTrustField</name>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1</source>
        <translation>SHA-256-Fingerabdruck:
%1</translation>
    </message>
    <message>
        <source>Self-signed: no authority vouches for it.</source>
        <translation>Selbst signiert: Keine Zertifizierungsstelle bürgt dafür.</translation>
    </message>
    <message>
        <source>Signed by the issuer above, which this system does not trust.</source>
        <translation>Vom obigen Aussteller signiert, dem dieses System nicht vertraut.</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities</source>
        <translation>Keine: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>CA &amp;File…</source>
        <translation>&amp;CA-Datei…</translation>
    </message>
    <message>
        <source>Trust This &amp;Certificate…</source>
        <translation>Diesem &amp;Zertifikat vertrauen…</translation>
    </message>
    <message>
        <source>Fetch the server&apos;s certificate, look at it, and trust it for this endpoint only</source>
        <translation>Das Zertifikat des Servers abrufen, prüfen und ihm nur für diesen Endpunkt vertrauen</translation>
    </message>
    <message>
        <source>&amp;Stop Trusting</source>
        <translation>&amp;Nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Certificate Authority of the Model Server</source>
        <translation>Zertifizierungsstelle des Modellservers</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Fetching the certificate of %1…</source>
        <translation>Das Zertifikat von %1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Trust This Certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>The server at %1 presented this certificate. Trust it for this endpoint only if you know it is your server&apos;s.</source>
        <translation>Der Server unter %1 hat dieses Zertifikat vorgelegt. Vertrauen Sie ihm für diesen Endpunkt nur, wenn Sie wissen, dass es das Ihres Servers ist.</translation>
    </message>
    <message>
        <source>Trusted: the certificate whose public key is %1</source>
        <translation>Vertraut: das Zertifikat mit dem öffentlichen Schlüssel %1</translation>
    </message>
    <message>
        <source>Not an https address: nothing to verify.</source>
        <translation>Keine https-Adresse: nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Verified against %1.</source>
        <translation>Geprüft gegen %1.</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>the CA file</source>
        <translation>die CA-Datei</translation>
    </message>
</context>
<context>
    <name>digest::ui::TodaysDigestBar</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Today&apos;s post progress</source>
        <translation>Fortschritt des heutigen Beitrags</translation>
    </message>
    <message>
        <source>Today&apos;s post step</source>
        <translation>Schritt des heutigen Beitrags</translation>
    </message>
    <message>
        <source>Slots written</source>
        <translation>Geschriebene Abschnitte</translation>
    </message>
    <message>
        <source>Stop today&apos;s post</source>
        <translation>Heutigen Beitrag anhalten</translation>
    </message>
    <message>
        <source>Stop: the topics and the text that arrived are kept</source>
        <translation>Anhalten: Die Themen und der bereits eingetroffene Text bleiben erhalten</translation>
    </message>
    <message>
        <source>%1 of %2 slots</source>
        <extracomment>The slots of today&apos;s post written so far, of all</extracomment>
        <translation>%1 von %2 Abschnitten</translation>
    </message>
</context>
<context>
    <name>digest::ui::TopicDelegate</name>
    <message>
        <source>covered %1</source>
        <translation>bereits behandelt am %1</translation>
    </message>
    <message>
        <source>covered in %1</source>
        <translation>bereits behandelt in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digest::ui::TopicListView</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>No topics fetched yet. Refresh fetches today&apos;s topics.</source>
        <translation>Noch keine Themen abgerufen. „Aktualisieren“ ruft die heutigen Themen ab.</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Im Trend</translation>
    </message>
    <message>
        <source>&amp;Refresh Topics</source>
        <translation>&amp;Themen aktualisieren</translation>
    </message>
    <message>
        <source>Fetch today&apos;s topics again (%1)</source>
        <translation>Die heutigen Themen erneut abrufen (%1)</translation>
    </message>
    <message>
        <source>%v of %m sources</source>
        <translation>%v von %m Quellen</translation>
    </message>
    <message>
        <source>Open &amp;Link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Discussion</source>
        <translation>&amp;Diskussion öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>No topics to show.</source>
        <translation>Keine Themen zum Anzeigen.</translation>
    </message>
    <message>
        <source>Topic source messages</source>
        <translation>Meldungen der Themenquellen</translation>
    </message>
    <message>
        <source>Cached topics</source>
        <translation>Zwischengespeicherte Themen</translation>
    </message>
    <message>
        <source>Consequences topics</source>
        <translation>Themen für Folgen</translation>
    </message>
    <message>
        <source>Trending topics</source>
        <translation>Trendthemen</translation>
    </message>
    <message>
        <source>The topics of the last fetch (%1); Refresh fetches today&apos;s.</source>
        <translation>Die Themen des letzten Abrufs (%1); Aktualisieren ruft die heutigen ab.</translation>
    </message>
</context>
<context>
    <name>digest::ui::WelcomeBanner</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Digest Editor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Willkommen bei Digest Editor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Welcome to Digest Editor</source>
        <translation>Willkommen bei Digest Editor</translation>
    </message>
    <message>
        <source>What to configure</source>
        <translation>Was einzurichten ist</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Einstellungen öffnen …</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Don&apos;t Show Again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Don&apos;t show the welcome again</source>
        <translation>Die Begrüßung nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Hide the welcome until the next start</source>
        <translation>Die Begrüßung bis zum nächsten Start ausblenden</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Begrüßung schließen</translation>
    </message>
    <message>
        <source>Model endpoint: set. Generation asks %1.</source>
        <translation>Modell-Endpunkt: eingerichtet. Die Generierung fragt %1.</translation>
    </message>
    <message>
        <source>Model endpoint: to generate text, set an OpenAI-compatible server and a model in the settings (Model).</source>
        <translation>Modell-Endpunkt: Um Text zu generieren, legen Sie in den Einstellungen (Modell) einen OpenAI-kompatiblen Server und ein Modell fest.</translation>
    </message>
    <message>
        <source>Site: choose your site&apos;s git checkout in the settings (Site). Meanwhile posts go to a default site in %1, committed on this computer and never pushed.</source>
        <translation>Website: Wählen Sie in den Einstellungen (Website) den Git-Checkout Ihrer Website. Bis dahin gehen Beiträge in eine Standard-Website in %1, werden auf diesem Computer committet und nie gepusht.</translation>
    </message>
    <message>
        <source>Site: %1.</source>
        <translation>Website: %1.</translation>
    </message>
    <message>
        <source>Topics: Refresh fetches today&apos;s; offline, the last fetched ones show, marked as cached.</source>
        <translation>Themen: Aktualisieren ruft die heutigen ab; offline werden die zuletzt abgerufenen gezeigt, als zwischengespeichert markiert.</translation>
    </message>
</context>
<context>
    <name>digest::ui::WindowActions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Generation Panel</source>
        <translation>G&amp;enerierungsbereich</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>&amp;Problembereich</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigieren</translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation>&amp;Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images in Preview</source>
        <translation>Externe &amp;Bilder in der Vorschau laden</translation>
    </message>
    <message>
        <source>&amp;Sync Scrolling</source>
        <translation>&amp;Synchron scrollen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Farbs&amp;chema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Vorschau ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Digest Editor</source>
        <translation>Ü&amp;ber Digest Editor</translation>
    </message>
    <message>
        <source>About Digest Editor</source>
        <translation>Über Digest Editor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Digest Editor %1&lt;/h3&gt;&lt;p&gt;The editor&apos;s desk for a daily AI-news digest published with Hugo.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Digest Editor %1&lt;/h3&gt;&lt;p&gt;Der Redaktionstisch für einen täglichen KI-Nachrichten-Digest, veröffentlicht mit Hugo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>digestctl</name>
    <message>
        <source>Print the HTML of a post&apos;s body as the preview shows it. The front matter is not body text and is left out.</source>
        <translation>Gibt das HTML des Beitragstexts aus, wie die Vorschau es zeigt. Der Vorspann (Front Matter) ist kein Beitragstext und wird weggelassen.</translation>
    </message>
    <message>
        <source>The post, a Markdown file.</source>
        <translation>Der Beitrag, eine Markdown-Datei.</translation>
    </message>
    <message>
        <source>The command-line twin of Digest Editor: the editor&apos;s jobs, without a window.</source>
        <translation>Das Kommandozeilen-Gegenstück zu Digest Editor: die Arbeit der Redaktion, ohne Fenster.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;digestctl --help&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe &apos;digestctl --help&apos;.</translation>
    </message>
    <message>
        <source>Print the HTML of the post&apos;s body, as the preview shows it.</source>
        <translation>Gibt das HTML des Beitragstexts aus, wie die Vorschau es zeigt.</translation>
    </message>
    <message>
        <source>Read the post and write it back to standard output, unchanged.</source>
        <translation>Liest den Beitrag und schreibt ihn unverändert auf die Standardausgabe zurück.</translation>
    </message>
    <message>
        <source>Print the post&apos;s sections, consequences, trending topics and predictions.</source>
        <translation>Gibt die Abschnitte, Folgen, Trendthemen und Vorhersagen des Beitrags aus.</translation>
    </message>
    <message>
        <source>Fetch the day&apos;s candidate topics from Reddit and feeds, merged.</source>
        <translation>Ruft die Themenkandidaten des Tages von Reddit und aus Feeds ab und führt sie zusammen.</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE; see &apos;digestctl %1 --help&apos;.</source>
        <translation>%1 erwartet genau ein Argument FILE; siehe &apos;digestctl %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;digestctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;digestctl BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 der Befehl ist fehlgeschlagen, 2 die Befehlszeile ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The Hugo site folder: its archetypes are used and, without -o, the post goes where the file name pattern says (default: the site folder in the settings).</source>
        <translation>Der Ordner der Hugo-Website: Seine Archetypen werden verwendet, und ohne -o wird der Beitrag dort abgelegt, wo das Dateinamensmuster es vorgibt (Standard: der Website-Ordner aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Write the post to FILE.</source>
        <translation>Schreibt den Beitrag in die Datei FILE.</translation>
    </message>
    <message>
        <source>Replace a file that exists.</source>
        <translation>Ersetzt eine bereits vorhandene Datei.</translation>
    </message>
    <message>
        <source>new takes no FILE argument; use -o FILE.</source>
        <translation>new erwartet kein Argument FILE; verwenden Sie -o FILE.</translation>
    </message>
    <message>
        <source>--date &apos;%1&apos; is not a day of the form YYYY-MM-DD, e.g. 2025-06-10.</source>
        <translation>--date &apos;%1&apos; ist kein Tag der Form YYYY-MM-DD, z. B. 2025-06-10.</translation>
    </message>
    <message>
        <source>new needs -o FILE or --site DIR (or a site folder in the settings).</source>
        <translation>new benötigt -o FILE oder --site DIR (oder einen Website-Ordner in den Einstellungen).</translation>
    </message>
    <message>
        <source>--model &apos;%1&apos; is not a model name.</source>
        <translation>--model &apos;%1&apos; ist kein Modellname.</translation>
    </message>
    <message>
        <source>The site folder %1 does not exist.</source>
        <translation>Der Website-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Use --force to replace it.</source>
        <translation>Verwenden Sie --force, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Ramifications</source>
        <translation>Ramifications</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>The post has no sections.</source>
        <translation>Der Beitrag hat keine Abschnitte.</translation>
    </message>
    <message>
        <source>Print the outline of a post: its sections, each consequence with its Benefits and Ramifications, the trending topics and the predictions, with the lines where they are.</source>
        <translation>Gibt die Gliederung eines Beitrags aus: seine Abschnitte, jede Folge mit ihren Benefits und Ramifications, die Trendthemen und die Vorhersagen, jeweils mit den Zeilen, in denen sie stehen.</translation>
    </message>
    <message>
        <source>Print the outline as JSON, with the exact ranges.</source>
        <translation>Gibt die Gliederung als JSON aus, mit den genauen Bereichen.</translation>
    </message>
    <message>
        <source>Mark block elements with the lines they come from (data-sourcepos), as the preview does to scroll in step with the editor.</source>
        <translation>Markiert Blockelemente mit den Zeilen, aus denen sie stammen (data-sourcepos), wie es die Vorschau tut, um synchron mit dem Editor zu scrollen.</translation>
    </message>
    <message>
        <source>Read a post into its parts (front matter, body) and write it to standard output again. An unedited post comes out byte for byte as it went in; a front matter that does not parse is reported on standard error.</source>
        <translation>Zerlegt einen Beitrag in seine Teile (Front Matter, Text) und schreibt ihn wieder auf die Standardausgabe. Ein unbearbeiteter Beitrag kommt Byte für Byte so heraus, wie er hineinging; ein Front Matter, das sich nicht einlesen lässt, wird auf der Standardfehlerausgabe gemeldet.</translation>
    </message>
    <message>
        <source>%1: the front matter is never closed.</source>
        <translation>%1: Das Front Matter ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Fetch this source instead of the configured ones; repeatable. A Reddit listing (…/r/SUB/top.json?t=day), a Reddit feed (…/r/SUB/.rss) or any RSS or Atom feed; &quot;trending=URL&quot; feeds the trending topics.</source>
        <translation>Ruft diese Quelle statt der konfigurierten ab; mehrfach angebbar. Eine Reddit-Liste (…/r/SUB/top.json?t=day), ein Reddit-Feed (…/r/SUB/.rss) oder ein beliebiger RSS- oder Atom-Feed; &quot;trending=URL&quot; liefert die Trendthemen.</translation>
    </message>
    <message>
        <source>Print at most N topics per section.</source>
        <translation>Gibt höchstens N Themen pro Abschnitt aus.</translation>
    </message>
    <message>
        <source>Print the topics as a JSON array.</source>
        <translation>Gibt die Themen als JSON-Array aus.</translation>
    </message>
    <message>
        <source>The Hugo site whose posts mark topics as covered (default: the configured site).</source>
        <translation>Die Hugo-Website, deren Beiträge Themen als bereits behandelt markieren (Standard: die konfigurierte Website).</translation>
    </message>
    <message>
        <source>Give up on a source after this many seconds.</source>
        <translation>Bricht den Abruf einer Quelle nach so vielen Sekunden ab.</translation>
    </message>
    <message>
        <source>Currently trending topics</source>
        <translation>Currently trending topics</translation>
    </message>
    <message>
        <source>Possible consequences of current developments</source>
        <translation>Possible consequences of current developments</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Punkte %1</translation>
    </message>
    <message>
        <source>comments %1</source>
        <translation>Kommentare %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>covered in %1</source>
        <translation>bereits behandelt in %1</translation>
    </message>
    <message>
        <source>No topics.</source>
        <translation>Keine Themen.</translation>
    </message>
    <message>
        <source>Fetch the day&apos;s candidate topics from the sources, merged into one list; topics that earlier posts of the site used are marked as covered. A failing source is reported on stderr (with its last successful list, when there is one); the exit code is 1 only when no source succeeded.</source>
        <translation>Ruft die Themenkandidaten des Tages aus den Quellen ab und führt sie zu einer Liste zusammen; Themen, die frühere Beiträge der Website bereits verwendet haben, werden als bereits behandelt markiert. Eine fehlschlagende Quelle wird auf stderr gemeldet (mit ihrer letzten erfolgreich abgerufenen Liste, sofern vorhanden); der Exit-Code ist nur dann 1, wenn keine Quelle erfolgreich war.</translation>
    </message>
    <message>
        <source>topics takes no files; see &apos;digestctl topics --help&apos;.</source>
        <translation>topics erwartet keine Dateien; siehe &apos;digestctl topics --help&apos;.</translation>
    </message>
    <message>
        <source>no topic sources are configured; give one with --source URL.</source>
        <translation>es sind keine Themenquellen konfiguriert; geben Sie eine mit --source URL an.</translation>
    </message>
    <message>
        <source>The post&apos;s day, YYYY-MM-DD, in the site&apos;s time zone (the settings&apos;, default UTC); today or earlier. Default: today.</source>
        <translation>Der Tag des Beitrags, JJJJ-MM-TT, in der Zeitzone der Website (aus den Einstellungen, sonst UTC); heute oder früher. Vorgabe: heute.</translation>
    </message>
    <message>
        <source>Write a new post for a day from the site&apos;s archetype (archetypes/&lt;section&gt;.md, then archetypes/default.md, else a built-in one with empty slots), dated in UTC and never in the future; the day is the site&apos;s (its time zone in the settings, default UTC). Prints the path written.</source>
        <translation>Schreibt einen neuen Beitrag für einen Tag aus dem Archetyp der Website (archetypes/&lt;section&gt;.md, dann archetypes/default.md, sonst ein eingebauter mit leeren Feldern), datiert in UTC und nie in der Zukunft; der Tag ist der der Website (ihre Zeitzone aus den Einstellungen, sonst UTC). Gibt den geschriebenen Pfad aus.</translation>
    </message>
    <message>
        <source>Write a new post for a day from the site&apos;s archetype; with --generate, filled by the model.</source>
        <translation>Schreibt einen neuen Beitrag für einen Tag aus dem Archetyp der Website; mit --generate vom Modell ausgefüllt.</translation>
    </message>
    <message>
        <source>no model endpoint is configured: set OPENAI_BASE_URL (an OpenAI-compatible server, e.g. http://localhost:11434/v1 for Ollama) and OPENAI_MODEL, and OPENAI_API_KEY if the server needs a key; or set the endpoint in Digest Editor&apos;s settings. Nothing was written.</source>
        <translation>es ist kein Modell-Endpunkt eingerichtet: Setzen Sie OPENAI_BASE_URL (ein OpenAI-kompatibler Server, z. B. http://localhost:11434/v1 für Ollama) und OPENAI_MODEL, und OPENAI_API_KEY, falls der Server einen Schlüssel verlangt; oder legen Sie den Endpunkt in den Einstellungen von Digest Editor fest. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>no model is chosen: give one with --model NAME, or set OPENAI_MODEL (or the model in Digest Editor&apos;s settings). Nothing was written.</source>
        <translation>es ist kein Modell gewählt: Geben Sie eines mit --model NAME an, oder setzen Sie OPENAI_MODEL (oder das Modell in den Einstellungen von Digest Editor). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the trending topics are left out: %1</source>
        <translation>die Trendthemen werden weggelassen: %1</translation>
    </message>
    <message>
        <source>%1: the slot is no longer in the post.</source>
        <translation>%1: Das Feld ist nicht mehr im Beitrag.</translation>
    </message>
    <message>
        <source>Tokens used: about %1 prompt + %2 completion (estimated).</source>
        <translation>Verbrauchte Tokens: etwa %1 für den Prompt + %2 für die Antwort (geschätzt).</translation>
    </message>
    <message>
        <source>Tokens used: %1 prompt + %2 completion.</source>
        <translation>Verbrauchte Tokens: %1 für den Prompt + %2 für die Antwort.</translation>
    </message>
    <message>
        <source>Estimated cost: %1.</source>
        <translation>Geschätzte Kosten: %1.</translation>
    </message>
    <message>
        <source>the model &apos;%1&apos; cannot be a tag; the post is tagged &apos;%2&apos;.</source>
        <translation>das Modell &apos;%1&apos; kann kein Tag sein; der Beitrag erhält das Tag &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 exists. Use --force to replace it.</source>
        <translation>%1 existiert bereits. Verwenden Sie --force, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>no topic to write about: the sources gave none that earlier posts have not covered. Nothing was written.</source>
        <translation>kein Thema, über das geschrieben werden könnte: Die Quellen lieferten keines, das frühere Beiträge nicht bereits behandelt haben. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>only %1 of the %2 topics asked for are new; the post has %1 items.</source>
        <translation>nur %1 der %2 angeforderten Themen sind neu; der Beitrag hat %1 Einträge.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) were not filled completely. The post was written to %1 with everything that arrived, so nothing is lost: fill or regenerate them in Digest Editor.</source>
        <translation>
            <numerusform>%n Feld wurde nicht vollständig gefüllt. Der Beitrag wurde mit allem, was angekommen ist, nach %1 geschrieben, es geht also nichts verloren: Füllen Sie es in Digest Editor aus, oder generieren Sie es neu.</numerusform>
            <numerusform>%n Felder wurden nicht vollständig gefüllt. Der Beitrag wurde mit allem, was angekommen ist, nach %1 geschrieben, es geht also nichts verloren: Füllen Sie sie in Digest Editor aus, oder generieren Sie sie neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model named in the built-in archetype&apos;s tags; with --generate also the model asked (default: the configured one).</source>
        <translation>Das Modell, das in den Tags des eingebauten Archetyps genannt wird; mit --generate auch das angefragte Modell (Standard: das konfigurierte).</translation>
    </message>
    <message>
        <source>Fill the post unattended: fetch the topics, make the top ones not covered by earlier posts its items, list the trending headlines, and have the model (OPENAI_BASE_URL, OPENAI_MODEL, OPENAI_API_KEY, or the settings) write every Benefits, Ramifications and prediction. Exit code 1 when a slot failed or was cut short; the post is written anyway.</source>
        <translation>Füllt den Beitrag ohne Zutun: Ruft die Themen ab, macht die obersten, die frühere Beiträge noch nicht behandelt haben, zu seinen Einträgen, listet die Trend-Schlagzeilen auf und lässt das Modell (OPENAI_BASE_URL, OPENAI_MODEL, OPENAI_API_KEY oder die Einstellungen) alle Benefits, Ramifications und Vorhersagen schreiben. Exit-Code 1, wenn ein Feld fehlgeschlagen ist oder abgeschnitten wurde; der Beitrag wird trotzdem geschrieben.</translation>
    </message>
    <message>
        <source>With --generate: fetch this source instead of the configured ones; repeatable. &quot;trending=URL&quot; feeds the trending topics.</source>
        <translation>Mit --generate: Ruft diese Quelle statt der konfigurierten ab; mehrfach angebbar. &quot;trending=URL&quot; liefert die Trendthemen.</translation>
    </message>
    <message>
        <source>With --generate: the number of topics (default 5).</source>
        <translation>Mit --generate: die Anzahl der Themen (Standard: 5).</translation>
    </message>
    <message>
        <source>With --generate: requests to the model at a time (default %1).</source>
        <translation>Mit --generate: gleichzeitige Anfragen an das Modell (Standard: %1).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number above 0.</source>
        <translation>--%1 erwartet eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>--%1 goes with --generate.</source>
        <translation>--%1 ist nur zusammen mit --generate möglich.</translation>
    </message>
    <message>
        <source>about %1 + %2 tokens (estimated)</source>
        <translation>etwa %1 + %2 Tokens (geschätzt)</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 Tokens</translation>
    </message>
    <message>
        <source>%1: asking the model</source>
        <translation>%1: Modell wird gefragt</translation>
    </message>
    <message>
        <source>%1: waiting, the server asked to slow down</source>
        <translation>%1: Warten, der Server hat um eine Drosselung gebeten</translation>
    </message>
    <message>
        <source>Proofread posts: print their problems as compilers print errors.</source>
        <translation>Beiträge korrekturlesen: ihre Probleme so ausgeben, wie Compiler Fehler ausgeben.</translation>
    </message>
    <message>
        <source>Proofread posts: print each problem as FILE:LINE:COL: error|warning: message [rule]. Exit code 1 when any post has an error, 0 otherwise.</source>
        <translation>Beiträge korrekturlesen: jedes Problem als FILE:LINE:COL: error|warning: Meldung [Regel] ausgeben. Exit-Code 1, wenn ein Beitrag einen Fehler hat, sonst 0.</translation>
    </message>
    <message>
        <source>The posts, Markdown files.</source>
        <translation>Die Beiträge, Markdown-Dateien.</translation>
    </message>
    <message>
        <source>The model that wrote the posts: a tag must name it.</source>
        <translation>Das Modell, das die Beiträge geschrieben hat: Ein Tag muss es nennen.</translation>
    </message>
    <message>
        <source>Print the problems as a JSON array.</source>
        <translation>Die Probleme als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>lint needs at least one FILE; see &apos;digestctl lint --help&apos;.</source>
        <translation>lint braucht mindestens eine Datei (FILE); siehe &apos;digestctl lint --help&apos;.</translation>
    </message>
    <message>
        <source>Commit the post into the site&apos;s git checkout and push it (or push a branch for review).</source>
        <translation>Den Beitrag in die Git-Arbeitskopie der Website committen und pushen (oder einen Branch zur Prüfung pushen).</translation>
    </message>
    <message>
        <source>The Hugo site folder: its archetype&apos;s notice is the one posts must have (default: the built-in one), and its posts tell which topics were covered before.</source>
        <translation>Der Hugo-Website-Ordner: Der Hinweis aus seinem Archetyp ist derjenige, den Beiträge enthalten müssen (Standard: der eingebaute), und seine Beiträge zeigen, welche Themen bereits behandelt wurden.</translation>
    </message>
    <message>
        <source>Check spelling with this Hunspell dictionary (en_US, de_DE, ...) instead of the settings&apos; language.</source>
        <translation>Rechtschreibung mit diesem Hunspell-Wörterbuch (en_US, de_DE, ...) statt mit der Sprache aus den Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>Do not check spelling.</source>
        <translation>Rechtschreibung nicht prüfen.</translation>
    </message>
    <message>
        <source>--spell and --no-spell exclude each other.</source>
        <translation>--spell und --no-spell schließen einander aus.</translation>
    </message>
    <message>
        <source>digestctl: warning: %1 Checking without spelling.
</source>
        <translation>digestctl: Warnung: %1 Prüfung ohne Rechtschreibung.
</translation>
    </message>
    <message>
        <source>Publish a post: proofread it (lint errors refuse), copy it to its place in the site&apos;s git checkout, build the site with hugo when asked, commit only the post and push it; with --review, push it to a new branch instead, leaving the checkout&apos;s branch alone.
Exit codes: 0 published (or nothing to publish), 1 lint errors, 2 usage, 3 repository or lock, 4 hugo build, 5 a hook refused, 6 network or authentication, 7 rejected or conflict, 8 other.</source>
        <translation>Einen Beitrag veröffentlichen: ihn prüfen (bei Prüffehlern wird abgelehnt), an seinen Platz in der Git-Arbeitskopie der Website kopieren, die Website auf Wunsch mit hugo erstellen, nur den Beitrag committen und pushen; mit --review stattdessen auf einen neuen Branch pushen, ohne den Branch der Arbeitskopie zu verändern.
Exit-Codes: 0 veröffentlicht (oder nichts zu veröffentlichen), 1 Prüffehler, 2 Aufruf, 3 Repository oder Sperre, 4 hugo-Build, 5 ein Hook hat abgelehnt, 6 Netzwerk oder Authentifizierung, 7 abgelehnt oder Konflikt, 8 Sonstiges.</translation>
    </message>
    <message>
        <source>The Hugo site folder, in a git checkout (default: the settings&apos; site folder).</source>
        <translation>Der Hugo-Website-Ordner in einer Git-Arbeitskopie (Standard: der Website-Ordner aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Commit, do not push.</source>
        <translation>Committen, nicht pushen.</translation>
    </message>
    <message>
        <source>The branch to publish to (default: the settings&apos;, else the checkout&apos;s current branch); with --review, the branch the review starts from.</source>
        <translation>Der Branch, auf den veröffentlicht wird (Standard: der aus den Einstellungen, sonst der aktuelle Branch der Arbeitskopie); mit --review der Branch, von dem die Prüfung ausgeht.</translation>
    </message>
    <message>
        <source>Push to a new branch for review, named BRANCH when given as --review BRANCH or --review=BRANCH (default: the settings&apos; pattern, digest/YYYY-MM-DD).</source>
        <translation>Auf einen neuen Branch zur Prüfung pushen; dieser heißt BRANCH, wenn als --review BRANCH oder --review=BRANCH angegeben (Standard: das Muster aus den Einstellungen, digest/YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The review branch&apos;s name.</source>
        <translation>Der Name des Branches zur Prüfung.</translation>
    </message>
    <message>
        <source>The remote (default: the settings&apos;, origin).</source>
        <translation>Das Remote (Standard: das aus den Einstellungen, origin).</translation>
    </message>
    <message>
        <source>The commit message (default: the settings&apos; template).</source>
        <translation>Die Commit-Nachricht (Standard: die Vorlage aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Build the site with hugo first; stop on errors.</source>
        <translation>Die Website zuerst mit hugo erstellen; bei Fehlern abbrechen.</translation>
    </message>
    <message>
        <source>Do not build with hugo.</source>
        <translation>Nicht mit hugo erstellen.</translation>
    </message>
    <message>
        <source>publish needs exactly one FILE; see &apos;digestctl publish --help&apos;.</source>
        <translation>publish erwartet genau ein Argument FILE; siehe &apos;digestctl publish --help&apos;.</translation>
    </message>
    <message>
        <source>--hugo and --no-hugo contradict each other.</source>
        <translation>--hugo und --no-hugo widersprechen sich.</translation>
    </message>
    <message>
        <source>publish needs the site: --site DIR, or set the site folder in the editor.</source>
        <translation>publish braucht die Website: --site DIR, oder legen Sie den Website-Ordner im Editor fest.</translation>
    </message>
    <message>
        <source>The post has errors; nothing was published.</source>
        <translation>Der Beitrag enthält Fehler; es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>kann nicht in die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos; is not a number of seconds from %2 to %3.</source>
        <translation>--timeout &apos;%1&apos; ist keine Anzahl von Sekunden von %2 bis %3.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number above 0.</source>
        <translation>--limit &apos;%1&apos; ist keine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>Change front matter values (cover.alt=..., draft=true, tags), rewriting only their text; prints the post or writes it.</source>
        <translation>Front-Matter-Werte ändern (cover.alt=..., draft=true, tags), wobei nur ihr Text neu geschrieben wird; gibt den Beitrag aus oder schreibt ihn.</translation>
    </message>
    <message>
        <source>Add the tag T (refused when the post has it already, in any case); repeatable.</source>
        <translation>Das Tag T hinzufügen (abgelehnt, wenn der Beitrag es bereits hat, unabhängig von Groß-/Kleinschreibung); wiederholbar.</translation>
    </message>
    <message>
        <source>Remove the tag T (in any case; refused when the post does not have it); repeatable.</source>
        <translation>Das Tag T entfernen (unabhängig von Groß-/Kleinschreibung; abgelehnt, wenn der Beitrag es nicht hat); wiederholbar.</translation>
    </message>
    <message>
        <source>Write the edited post back to FILE, unless another program changed it meanwhile.</source>
        <translation>Den bearbeiteten Beitrag zurück in FILE schreiben, sofern ihn nicht inzwischen ein anderes Programm geändert hat.</translation>
    </message>
    <message>
        <source>Write the edited post to OUT.</source>
        <translation>Den bearbeiteten Beitrag nach OUT schreiben.</translation>
    </message>
    <message>
        <source>With -o: replace a file that exists.</source>
        <translation>Mit -o: eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>set needs a FILE; see &apos;digestctl set --help&apos;.</source>
        <translation>set benötigt FILE; siehe &apos;digestctl set --help&apos;.</translation>
    </message>
    <message>
        <source>set needs at least one KEY=VALUE, --add-tag or --remove-tag.</source>
        <translation>set benötigt mindestens ein KEY=VALUE, --add-tag oder --remove-tag.</translation>
    </message>
    <message>
        <source>--in-place and -o cannot go together.</source>
        <translation>--in-place und -o können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--force goes with -o.</source>
        <translation>--force ist nur zusammen mit -o möglich.</translation>
    </message>
    <message>
        <source>Change values of a post&apos;s front matter, in the order given, rewriting only each value&apos;s text (YAML, TOML or JSON; quoting, comments, key order and line endings kept). Prints the edited post, unless --in-place or -o writes it.

KEY=VALUE: KEY is dotted for nested keys (cover.alt). VALUE is typed by what the front matter holds at KEY: true or false for a bool; a number for a number; RFC 3339 for a date (date, publishDate, expiryDate, lastmod, or a value that reads as a date: 2025-06-03T07:00:00+02:00 or ...Z; a date-time without a zone is taken in the site&apos;s time zone from the settings, default UTC); a JSON array of strings for a list ([&quot;a&quot;,&quot;b&quot;]); one line of text otherwise. A key not there yet takes true/false as a bool, a whole number as a number, else text.

All or nothing: when one edit is refused (a wrong value, a line break in text, a value only a hand edit can change safely such as a YAML block scalar or a multi-line TOML string), nothing is written and the message names the key; exit code 1.</source>
        <translation>Ändert Werte im Front Matter eines Beitrags in der angegebenen Reihenfolge und schreibt dabei nur den Text des jeweiligen Werts neu (YAML, TOML oder JSON; Anführungszeichen, Kommentare, Schlüsselreihenfolge und Zeilenenden bleiben erhalten). Gibt den bearbeiteten Beitrag aus, sofern ihn nicht --in-place oder -o schreibt.

KEY=VALUE: KEY wird bei verschachtelten Schlüsseln mit Punkten geschrieben (cover.alt). Der Typ von VALUE richtet sich danach, was das Front Matter unter KEY enthält: true oder false für einen Wahrheitswert; eine Zahl für eine Zahl; RFC 3339 für ein Datum (date, publishDate, expiryDate, lastmod oder ein Wert, der sich als Datum lesen lässt: 2025-06-03T07:00:00+02:00 oder ...Z; eine Datums-/Zeitangabe ohne Zone gilt in der Zeitzone der Website aus den Einstellungen, standardmäßig UTC); ein JSON-Array von Zeichenketten für eine Liste ([&quot;a&quot;,&quot;b&quot;]); sonst eine Textzeile. Ein noch nicht vorhandener Schlüssel nimmt true/false als Wahrheitswert, eine ganze Zahl als Zahl und alles andere als Text.

Alles oder nichts: Wird eine Änderung abgelehnt (ein falscher Wert, ein Zeilenumbruch im Text, ein Wert, den nur eine Bearbeitung von Hand sicher ändern kann, etwa ein YAML-Blockskalar oder ein mehrzeiliger TOML-String), wird nichts geschrieben, und die Meldung nennt den Schlüssel; Exit-Code 1.</translation>
    </message>
    <message>
        <source>A value to set.</source>
        <translation>Ein zu setzender Wert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The editor&apos;s desk for a daily AI-news digest published with Hugo.</source>
        <translation>Der Redaktionstisch für einen täglichen KI-Nachrichten-Digest, veröffentlicht mit Hugo.</translation>
    </message>
    <message>
        <source>A post to open.</source>
        <translation>Ein zu öffnender Beitrag.</translation>
    </message>
</context>
</TS>
