<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PostFile</name>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a post file.</source>
        <translation>%1 kann nicht geöffnet werden: Das ist ein Ordner, keine Beitragsdatei.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not UTF-8 text.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation>%1 kann nicht gespeichert werden: %2.</translation>
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
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
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
        <translation>&amp;Ausschneiden</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
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
    <message>
        <source>Open Post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown);;All files (*)</source>
        <translation>Markdown-Beiträge (*.md *.markdown);;Alle Dateien (*)</translation>
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
        <source>Save Post As</source>
        <translation>Beitrag speichern unter</translation>
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
        <source>Untitled</source>
        <translation>Unbenannt</translation>
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
        <source>%1[*] — Digest Editor</source>
        <translation>%1[*] — Digest Editor</translation>
    </message>
</context>
<context>
    <name>digest::ui::MarkdownEditor</name>
    <message>
        <source>Open a post with File › Open, or start writing Markdown here.</source>
        <translation>Öffnen Sie einen Beitrag mit Datei › Öffnen, oder schreiben Sie hier Markdown.</translation>
    </message>
</context>
<context>
    <name>digest::ui::TopicListView</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>No topics fetched yet.</source>
        <translation>Noch keine Themen abgerufen.</translation>
    </message>
</context>
<context>
    <name>digestctl</name>
    <message>
        <source>Commands:
  render FILE   Print the HTML of the post&apos;s body, as the preview shows it.

Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.
</source>
        <translation>Befehle:
  render DATEI  Gibt das HTML des Beitragstexts aus, wie die Vorschau es zeigt.

Rückgabewerte: 0 Erfolg, 1 der Befehl ist fehlgeschlagen, 2 die Befehlszeile ist falsch.
</translation>
    </message>
    <message>
        <source>Print the HTML of a post&apos;s body as the preview shows it. The front matter is not body text and is left out.</source>
        <translation>Gibt das HTML des Beitragstexts aus, wie die Vorschau es zeigt. Der Vorspann (Front Matter) ist kein Beitragstext und wird weggelassen.</translation>
    </message>
    <message>
        <source>The post, a Markdown file.</source>
        <translation>Der Beitrag, eine Markdown-Datei.</translation>
    </message>
    <message>
        <source>render needs exactly one FILE; see &apos;digestctl render --help&apos;.</source>
        <translation>render braucht genau eine DATEI; siehe &apos;digestctl render --help&apos;.</translation>
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
