#pragma once

#include <QString>

class QApplication;

namespace fa::ui {

// Names the application (for QSettings and data folders), loads the UI language (Simplified
// Chinese unless `language` is "en"; Qt's own dialogs too) and picks a CJK font that is
// installed, so that every machine shows the same Chinese. `language` empty: the remembered one.
void setUpApplication(QApplication &app, const QString &language = {});

// The language in use after setUpApplication: "zh_CN" or "en".
QString currentLanguage();

} // namespace fa::ui
