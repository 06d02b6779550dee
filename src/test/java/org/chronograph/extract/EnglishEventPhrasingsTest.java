package org.chronograph.extract;

import java.time.LocalDate;

/**
 * English news and analyst phrasings of events that avoid the plain trigger words (issue 16, session 19), read by the
 * rules of extract/en/ through the whole extraction with the real CoreNLP models: sentences of ours, with the event
 * each must give and, below, look-alikes that must give none.
 */
class EnglishEventPhrasingsTest extends EventPhrasingsTestBase {

    @Override
    String lang() {
        return "en";
    }

    @Override
    LocalDate published() {
        return LocalDate.of(2026, 6, 30);
    }

    @Override
    String events() {
        return """
                The Vega 5 chip slipped to the third quarter of 2027.|DELAY|Vega 5
                Nvidia's Sol 4 has been moved to early 2027, the company said in May.|DELAY|Sol 4
                In May, Nvidia parted ways with its chief scientist, Jean Martin.|DEPARTURE|Jean Martin;Nvidia
                Google hired Ana Costa, who previously ran the vision group at Nvidia.|DEPARTURE|Ana Costa;Nvidia
                Ana Costa was lured away from Nvidia in June to lead research at Google.|DEPARTURE|Ana Costa;Nvidia
                Jean Martin's exit from Google in May was followed by his appointment as chief executive of Nvidia.|APPOINTMENT|Jean Martin;Nvidia
                Anthropic closed a $75 million round in March, with Nvidia leading.|FUNDING|Anthropic;Nvidia
                The regulator opened an inquiry into Anthropic in March.|LEGAL|Anthropic
                Anthropic cut about 12% of its staff in June.|RESTRUCTURING|Anthropic
                Its chip team was spun out as Ravel Silicon in April.|RESTRUCTURING|Ravel Silicon
                Nvidia folded its speech team into the platform group in June.|RESTRUCTURING|Nvidia
                Nvidia lost its head of research, Jean Martin, to Google in 2024.|JOIN|Jean Martin;Google
                Jean Martin was replaced by Ana Costa as head of Nvidia in 2024.|APPOINTMENT|Ana Costa;Nvidia
                Nvidia named Ana Costa chief executive in July, replacing Jean Martin.|DEPARTURE|Jean Martin;Nvidia
                Ana Costa took the helm at Anthropic in 2023.|APPOINTMENT|Ana Costa;Anthropic
                The purchase of Anthropic by Nvidia closed in May.|ACQUISITION|Anthropic;Nvidia
                Authors filed suit against Anthropic in May.|LEGAL|Anthropic
                Nvidia overhauled its AI division in 2024.|RESTRUCTURING|Nvidia
                Nvidia released Vega 1 in 2023, and Vega 2 followed in March 2024.|RELEASE|Vega 2
                # a post taken is an appointment (a post held now, told in the present, is none: below)
                In 2024, Paul Girard took over as head of Mistral AI.|APPOINTMENT|Paul Girard;Mistral AI
                """;
    }

    @Override
    String nonEvents() {
        return """
                # a move to a place is no delay
                In 2022 Jean Martin moved to Nvidia.|DELAY
                # "round" states a funding only beside an amount
                The second round of talks between Nvidia and Anthropic failed.|FUNDING
                # an inquiry referred back to is no new legal action
                Researchers at Nvidia tested Vega 3 for the inquiry.|LEGAL
                # losing ground is no departure
                Nvidia lost ground to Anthropic in 2024.|DEPARTURE
                # a product replacing another is nobody's departure
                The Vega Store, replacing the old Sol Market, opened in May.|DEPARTURE
                Previously at Google, where she was head of research, Ana Costa now leads Mistral AI.|APPOINTMENT
                At the helm of Mistral AI, John Martin drove the launch of Vega 3.|APPOINTMENT
                """;
    }
}
